package io.orgkit.provider.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.spi.LoginProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import io.orgkit.tck.dingtalk.SimDirectory;
import io.orgkit.tck.dingtalk.SimUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DingTalkLoginTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start();
    private final LoginProvider login = new DingTalkProvider()
            .login(new ProviderSettings(
                    Map.of(
                            DingTalk.CORP_ID,
                            "c",
                            DingTalk.AGENT_ID,
                            "a",
                            DingTalk.APP_KEY,
                            sim.appKey(),
                            DingTalk.BASE_URL,
                            sim.baseUrl().toString()),
                    Map.of(DingTalk.APP_SECRET, Secret.of(sim.appSecret()))))
            .orElseThrow();

    @AfterEach
    void close() {
        sim.close();
    }

    @Test
    void the_authorize_url_is_dingtalks_login_page_for_the_app_with_the_redirect_and_state() {
        URI url = new DingTalkProvider()
                .login(new ProviderSettings(
                        Map.of(DingTalk.CORP_ID, "c", DingTalk.AGENT_ID, "a", DingTalk.APP_KEY, "dingkey"),
                        Map.of(DingTalk.APP_SECRET, Secret.of("s3cr3t"))))
                .orElseThrow()
                .authorizeUrl(URI.create("https://app.example/callback"), "xyz");

        assertThat(url.toString())
                .startsWith("https://login.dingtalk.com/oauth2/auth?")
                .contains("client_id=dingkey")
                .contains("redirect_uri=https%3A%2F%2Fapp.example%2Fcallback")
                .contains("state=xyz")
                .contains("response_type=code")
                .contains("scope=openid")
                .doesNotContain("s3cr3t");
    }

    @Test
    void a_member_who_signs_in_on_the_login_page_is_known_by_the_userid_the_sync_uses() throws Exception {
        sim.directory().addUser(SimUser.of("amy", "Amy", SimDirectory.ROOT_ID));
        sim.signInAs("amy");

        HttpResponse<Void> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(login.authorizeUrl(URI.create("https://app.example/callback"), "s1"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        String location = page.headers().firstValue("Location").orElseThrow();
        String code = location.replaceAll(".*authCode=([^&]+).*", "$1");

        assertThat(location).startsWith("https://app.example/callback?").contains("state=s1");
        assertThat(login.exchange(code)).isEqualTo("amy");
    }

    @Test
    void a_code_used_twice_is_refused() {
        sim.directory().addUser(SimUser.of("amy", "Amy", SimDirectory.ROOT_ID));
        String code = sim.issueLoginCode("amy");
        login.exchange(code);

        SignInRefusedException e = catchThrowableOfType(SignInRefusedException.class, () -> login.exchange(code));

        assertThat(e.reason()).isEqualTo(SignInRefusedException.Reason.CODE_INVALID);
        assertThat(e.getMessage()).contains("Start the sign-in again").doesNotContain(sim.appSecret());
    }

    @Test
    void a_person_dingtalk_does_not_know_in_the_organization_is_refused_as_not_a_member() {
        sim.directory().addUser(SimUser.of("amy", "Amy", SimDirectory.ROOT_ID));
        String code = sim.issueLoginCode("amy");
        sim.directory().removeUser("amy");

        SignInRefusedException e = catchThrowableOfType(SignInRefusedException.class, () -> login.exchange(code));

        assertThat(e.reason()).isEqualTo(SignInRefusedException.Reason.NOT_A_MEMBER);
        assertThat(e.getMessage())
                .contains("not a member")
                .doesNotContain("setup")
                .doesNotContain("60121");
    }
}
