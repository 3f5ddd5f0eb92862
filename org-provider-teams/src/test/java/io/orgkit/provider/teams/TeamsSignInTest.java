package io.orgkit.provider.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.Org;
import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.signin.SignInRefusedException.Reason;
import io.orgkit.core.signin.SignInStart;
import io.orgkit.tck.graph.GraphUser;
import io.orgkit.tck.graph.IdTokenFault;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** org.signIn() with Microsoft: authorization code + PKCE + nonce, the id token validated, refusals that say which. */
class TeamsSignInTest {
    private static final URI BACK = URI.create("https://app.example/signin/done");
    private static final OkHttpClient BROWSER =
            new OkHttpClient.Builder().followRedirects(false).build();
    private final TeamsFixture f = new TeamsFixture();
    private Org org;

    @BeforeEach
    void synced() {
        io.orgkit.provider.teams.internal.TestAccess.clearKeyCache();
        f.sim.directory().addUser(GraphUser.of("u-amy", "Amy"));
        f.sim.directory().addUser(GraphUser.of("u-ben", "Ben"));
        org = f.create(Map.of());
        org.sync().run();
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** What the browser does: open the authorize URL, signed in as {@code oid}; the redirect's code and state. */
    private String[] signInAs(String oid, SignInStart start) {
        f.sim.signInAs(oid);
        try (Response r = BROWSER.newCall(new Request.Builder()
                        .url(start.authorizeUrl().toString())
                        .build())
                .execute()) {
            assertThat(r.code()).isEqualTo(302);
            HttpUrl back = HttpUrl.get(r.header("Location"));
            assertThat(back.toString()).startsWith(BACK.toString());
            return new String[] {back.queryParameter("code"), back.queryParameter("state")};
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Reason refusal(String code, String state) {
        return catchThrowableOfType(
                        SignInRefusedException.class, () -> org.signIn().complete(code, state))
                .reason();
    }

    @Test
    void aMemberSignsInWithTheAuthorizationCodeFlowWithPkceAndNonce() {
        SignInStart start = org.signIn().start(BACK);
        HttpUrl url = HttpUrl.get(start.authorizeUrl().toString());
        assertThat(url.encodedPath()).isEqualTo("/" + f.sim.tenant() + "/oauth2/v2.0/authorize");
        assertThat(url.queryParameter("client_id")).isEqualTo(f.sim.clientId());
        assertThat(url.queryParameter("response_type")).isEqualTo("code");
        assertThat(url.queryParameter("response_mode")).isEqualTo("query");
        assertThat(url.queryParameter("scope")).isEqualTo("openid profile");
        assertThat(url.queryParameter("redirect_uri")).isEqualTo(BACK.toString());
        assertThat(url.queryParameter("state")).isEqualTo(start.state());
        assertThat(url.queryParameter("nonce")).hasSize(43);
        assertThat(url.queryParameter("code_challenge")).hasSize(43);
        assertThat(url.queryParameter("code_challenge_method")).isEqualTo("S256");

        String[] back = signInAs("u-amy", start);

        assertThat(org.signIn().complete(back[0], back[1]).externalId()).isEqualTo("u-amy");
    }

    @Test
    void aReplayedOrForgedStateIsRefused() {
        String[] back = signInAs("u-amy", org.signIn().start(BACK));
        org.signIn().complete(back[0], back[1]);

        assertThat(refusal(back[0], back[1])).isEqualTo(Reason.STATE_INVALID);
        assertThat(refusal(back[0], "forged-state")).isEqualTo(Reason.STATE_INVALID);
    }

    @Test
    void anExpiredStateIsRefused() {
        String[] back = signInAs("u-amy", org.signIn().start(BACK));
        f.clock.advance(Duration.ofMinutes(11));

        assertThat(refusal(back[0], back[1])).isEqualTo(Reason.STATE_INVALID);
    }

    @Test
    void aReusedOrUnknownCodeIsRefused() {
        String[] first = signInAs("u-amy", org.signIn().start(BACK));
        org.signIn().complete(first[0], first[1]);
        String[] second = signInAs("u-amy", org.signIn().start(BACK));

        assertThat(refusal(first[0], second[1])).isEqualTo(Reason.CODE_INVALID);
        assertThat(refusal("simcode.unknown", org.signIn().start(BACK).state())).isEqualTo(Reason.CODE_INVALID);
    }

    @Test
    void aCodeRedeemedWithAnotherSignInsVerifierIsRefusedByPkce() {
        String[] stolen = signInAs("u-amy", org.signIn().start(BACK));
        SignInStart attacker = org.signIn().start(BACK);

        assertThat(refusal(stolen[0], attacker.state())).isEqualTo(Reason.CODE_INVALID);
    }

    @Test
    void aPersonOutsideTheOrganizationAndAResignedMemberAreRefused() {
        String[] stranger = signInAs("u-stranger", org.signIn().start(BACK));
        assertThat(refusal(stranger[0], stranger[1])).isEqualTo(Reason.NOT_A_MEMBER);

        f.sim.directory().updateUser("u-ben", u -> u.enabled(false));
        org.sync().run();
        String[] ben = signInAs("u-ben", org.signIn().start(BACK));
        assertThat(refusal(ben[0], ben[1])).isEqualTo(Reason.RESIGNED);
    }

    @ParameterizedTest
    @EnumSource(value = IdTokenFault.class, mode = EnumSource.Mode.EXCLUDE, names = "NONE")
    void anIdTokenThatDoesNotVerifyIsRefused(IdTokenFault fault) {
        f.sim.idTokenFault(fault);
        String[] back = signInAs("u-amy", org.signIn().start(BACK));

        SignInRefusedException e = catchThrowableOfType(
                SignInRefusedException.class, () -> org.signIn().complete(back[0], back[1]));

        assertThat(e.reason()).isEqualTo(Reason.TOKEN_INVALID);
        assertThat(e.getMessage()).contains("could not be verified");
    }

    @Test
    void theTenantsKeysAreCachedAndFetchedAgainForANewKey() {
        String keys = "/" + f.sim.tenant() + "/discovery/v2.0/keys";
        String[] a = signInAs("u-amy", org.signIn().start(BACK));
        org.signIn().complete(a[0], a[1]);
        String[] b = signInAs("u-amy", org.signIn().start(BACK));
        org.signIn().complete(b[0], b[1]);
        assertThat(f.sim.calls(keys)).isEqualTo(1);

        f.sim.rotateSigningKey();
        String[] c = signInAs("u-amy", org.signIn().start(BACK));

        assertThat(org.signIn().complete(c[0], c[1]).externalId()).isEqualTo("u-amy");
        assertThat(f.sim.calls(keys)).isEqualTo(2);
    }

    @Test
    void everyFaultIsCovered() {
        assertThat(EnumSet.allOf(IdTokenFault.class)).hasSize(10);
    }
}
