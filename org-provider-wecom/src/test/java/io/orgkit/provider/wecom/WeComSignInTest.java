package io.orgkit.provider.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ValidationException;
import io.orgkit.core.members.Member;
import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.signin.SignInRefusedException.Reason;
import io.orgkit.core.signin.SignInStart;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.tck.store.MutableClock;
import io.orgkit.tck.wecom.WeComSimDirectory;
import io.orgkit.tck.wecom.WeComSimUser;
import io.orgkit.tck.wecom.WeComSimulator;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** org.signIn() with WeCom's web login: the login page, auth/getuserinfo, refusals that say which. */
class WeComSignInTest {
    private static final URI BACK = URI.create("https://app.example/signin/done?from=wecom");
    private final WeComSimulator sim = WeComSimulator.start();
    private final MutableClock clock = new MutableClock(Instant.now());
    private final OrganizationService orgs = OrganizationService.builder()
            .store(new InMemoryStore())
            .clock(clock)
            .secretKey(Base64.getEncoder().encodeToString(new byte[32]))
            .provider(new WeComProvider())
            .build();
    private Org org;

    @BeforeEach
    void syncedOrganization() {
        sim.directory().addUser(WeComSimUser.of("amy", "Amy", WeComSimDirectory.ROOT_ID));
        sim.directory().addUser(WeComSimUser.of("ben", "Ben", WeComSimDirectory.ROOT_ID));
        org = orgs.create(WeCom.organization(
                "ACME",
                sim.corpId(),
                "1000002",
                sim.secret(),
                Map.of(WeCom.BASE_URL, sim.baseUrl().toString(), WeCom.MAX_QPS, "0")));
        org.sync().run();
    }

    @AfterEach
    void close() {
        orgs.close();
        sim.close();
    }

    @Test
    void theAuthorizeUrlIsWeComsWebLoginForTheApp() {
        SignInStart start = org.signIn().start(BACK);
        URI url = start.authorizeUrl();
        Map<String, String> query = query(url.getRawQuery());

        assertThat(url.getPath()).isEqualTo("/wwlogin/sso/login");
        assertThat(query)
                .containsEntry("login_type", "CorpApp")
                .containsEntry("appid", sim.corpId())
                .containsEntry("agentid", "1000002")
                .containsEntry("redirect_uri", BACK.toString())
                .containsEntry("state", start.state());
        assertThat(url.getRawQuery()).contains("redirect_uri=https%3A%2F%2Fapp.example%2Fsignin%2Fdone%3Ffrom%3Dwecom");
        assertThat(url.toString()).doesNotContain(sim.secret());
        URI real = new WeComProvider()
                .login(new io.orgkit.core.spi.ProviderSettings(
                        Map.of(WeCom.CORP_ID, "ww1", WeCom.AGENT_ID, "100"),
                        Map.of(WeCom.SECRET, io.orgkit.core.spi.Secret.of("s"))))
                .orElseThrow()
                .authorizeUrl(BACK, "st");
        assertThat(real.toString())
                .startsWith(
                        "https://login.work.weixin.qq.com/wwlogin/sso/login?login_type=CorpApp&appid=ww1&agentid=100&redirect_uri=");
    }

    @Test
    void anActiveMemberSignsInThroughTheLoginPageRedirect() throws Exception {
        sim.signInAs("amy");
        SignInStart start = org.signIn().start(BACK);

        HttpResponse<Void> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(start.authorizeUrl()).build(), HttpResponse.BodyHandlers.discarding());
        Map<String, String> back = query(
                URI.create(page.headers().firstValue("Location").orElseThrow()).getRawQuery());
        Member me = org.signIn().complete(back.get("code"), back.get("state"));

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(me.externalId()).isEqualTo("amy");
    }

    @Test
    void aPersonWhoIsNotInTheEnterpriseIsRefusedAsNotAMember() {
        SignInRefusedException e = catchThrowableOfType(
                SignInRefusedException.class,
                () -> org.signIn()
                        .complete(
                                sim.issueNonMemberCode(),
                                org.signIn().start(BACK).state()));

        assertThat(e.reason()).isEqualTo(Reason.NOT_A_MEMBER);
    }

    @Test
    void aStateIsAcceptedOnceOnlyAndAForgedOrExpiredStateIsRefused() {
        SignInStart start = org.signIn().start(BACK);
        org.signIn().complete(sim.issueLoginCode("amy"), start.state());

        assertThat(refusal(sim.issueLoginCode("amy"), start.state())).isEqualTo(Reason.STATE_INVALID);
        assertThat(refusal(sim.issueLoginCode("amy"), "made-up-state")).isEqualTo(Reason.STATE_INVALID);
        SignInStart late = org.signIn().start(BACK);
        clock.advance(Duration.ofMinutes(11));
        assertThat(refusal(sim.issueLoginCode("amy"), late.state())).isEqualTo(Reason.STATE_INVALID);
    }

    @Test
    void aReusedOrTooLongCodeIsRefusedAsACodeProblem() {
        String code = sim.issueLoginCode("amy");
        org.signIn().complete(code, org.signIn().start(BACK).state());

        assertThat(refusal(code, org.signIn().start(BACK).state())).isEqualTo(Reason.CODE_INVALID);
        assertThat(refusal("c".repeat(513), org.signIn().start(BACK).state())).isEqualTo(Reason.CODE_INVALID);
    }

    @Test
    void aResignedMemberIsRefused() {
        sim.directory().removeUser("ben");
        org.sync().run();
        sim.directory().addUser(WeComSimUser.of("ben", "Ben", WeComSimDirectory.ROOT_ID));

        assertThat(refusal(sim.issueLoginCode("ben"), org.signIn().start(BACK).state()))
                .isEqualTo(Reason.RESIGNED);
    }

    @Test
    void aMemberOfTheEnterpriseNotYetSyncedIsRefusedAsNotAMember() {
        sim.directory().addUser(WeComSimUser.of("newcomer", "Newcomer", WeComSimDirectory.ROOT_ID));

        SignInRefusedException e = catchThrowableOfType(
                SignInRefusedException.class,
                () -> org.signIn()
                        .complete(
                                sim.issueLoginCode("newcomer"),
                                org.signIn().start(BACK).state()));

        assertThat(e.reason()).isEqualTo(Reason.NOT_A_MEMBER);
        assertThat(e.getMessage()).contains("not a member of 'ACME'");
    }

    @Test
    void aRedirectThatIsNotAnAbsoluteWebAddressIsRefused() {
        for (String bad : List.of("/relative", "ftp://x.example/a", "javascript:alert(1)")) {
            assertThatThrownBy(() -> org.signIn().start(URI.create(bad))).isInstanceOf(ValidationException.class);
        }
    }

    private Reason refusal(String code, String state) {
        return catchThrowableOfType(
                        SignInRefusedException.class, () -> org.signIn().complete(code, state))
                .reason();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return out;
    }
}
