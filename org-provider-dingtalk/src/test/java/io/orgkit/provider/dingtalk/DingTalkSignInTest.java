package io.orgkit.provider.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ValidationException;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.signin.SignInRefusedException.Reason;
import io.orgkit.core.signin.SignInStart;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import io.orgkit.tck.dingtalk.SimDirectory;
import io.orgkit.tck.dingtalk.SimUser;
import io.orgkit.tck.store.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** org.signIn() with DingTalk: states kept in the store, refusals that say which. */
class DingTalkSignInTest {
    private static final URI BACK = URI.create("https://app.example/signin/done");
    private final DingTalkSimulator sim = DingTalkSimulator.start();
    private final MutableClock clock = new MutableClock(Instant.now());
    private final OrganizationService orgs = OrganizationService.builder()
            .store(new InMemoryStore())
            .clock(clock)
            .secretKey(Base64.getEncoder().encodeToString(new byte[32]))
            .provider(new DingTalkProvider())
            .build();
    private Org org;

    @BeforeEach
    void syncedOrganization() {
        sim.directory().addUser(SimUser.of("amy", "Amy", SimDirectory.ROOT_ID));
        sim.directory().addUser(SimUser.of("ben", "Ben", SimDirectory.ROOT_ID));
        org = orgs.create(DingTalk.organization(
                "ACME",
                "corp",
                "agent",
                sim.appKey(),
                sim.appSecret(),
                Map.of(DingTalk.BASE_URL, sim.baseUrl().toString(), DingTalk.MAX_QPS, "0")));
        org.sync().run();
    }

    @AfterEach
    void close() {
        orgs.close();
        sim.close();
    }

    @Test
    void anActiveMemberSignsInWithTheCodeAndTheState() {
        SignInStart start = org.signIn().start(BACK);

        Member me = org.signIn().complete(sim.issueLoginCode("amy"), start.state());

        assertThat(me.externalId()).isEqualTo("amy");
        assertThat(start.authorizeUrl().toString())
                .contains("state=" + start.state())
                .contains("client_id=")
                .doesNotContain(sim.appSecret());
    }

    @Test
    void aStateIsAcceptedOnceOnly() {
        SignInStart start = org.signIn().start(BACK);
        org.signIn().complete(sim.issueLoginCode("amy"), start.state());

        assertThat(refusal(sim.issueLoginCode("amy"), start.state())).isEqualTo(Reason.STATE_INVALID);
    }

    @Test
    void aForgedStateIsRefused() {
        assertThat(refusal(sim.issueLoginCode("amy"), "made-up-state")).isEqualTo(Reason.STATE_INVALID);
    }

    @Test
    void anExpiredStateIsRefused() {
        SignInStart start = org.signIn().start(BACK);
        clock.advance(Duration.ofMinutes(11));

        assertThat(refusal(sim.issueLoginCode("amy"), start.state())).isEqualTo(Reason.STATE_INVALID);
    }

    @Test
    void aStateOfAnotherOrganizationIsRefused() {
        Org other = orgs.create(DingTalk.organization(
                "Other",
                "corp2",
                "agent",
                sim.appKey(),
                sim.appSecret(),
                Map.of(DingTalk.BASE_URL, sim.baseUrl().toString(), DingTalk.MAX_QPS, "0")));
        SignInStart foreign = other.signIn().start(BACK);

        assertThat(refusal(sim.issueLoginCode("amy"), foreign.state())).isEqualTo(Reason.STATE_INVALID);
    }

    @Test
    void aReusedCodeIsRefusedAsACodeProblem() {
        String code = sim.issueLoginCode("amy");
        org.signIn().complete(code, org.signIn().start(BACK).state());

        assertThat(refusal(code, org.signIn().start(BACK).state())).isEqualTo(Reason.CODE_INVALID);
    }

    @Test
    void aResignedMemberIsRefused() {
        Member ben = org.members().list().stream()
                .filter(m -> "ben".equals(m.externalId()))
                .findFirst()
                .orElseThrow();
        sim.directory().removeUser("ben");
        org.sync().run();
        sim.directory().addUser(SimUser.of("ben", "Ben", SimDirectory.ROOT_ID));

        SignInRefusedException e = catchThrowableOfType(
                SignInRefusedException.class,
                () -> org.signIn()
                        .complete(
                                sim.issueLoginCode("ben"),
                                org.signIn().start(BACK).state()));

        assertThat(e.reason()).isEqualTo(Reason.RESIGNED);
        assertThat(e.getMessage()).contains("has ended").contains("ACME");
        assertThat(org.members().resigned()).extracting(Member::id).contains(ben.id());
    }

    @Test
    void aPersonNotInTheLocalOrganizationIsRefusedAsNotAMember() {
        sim.directory().addUser(SimUser.of("newcomer", "Newcomer", SimDirectory.ROOT_ID));

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
    void aGenericOrganizationHasNoPlatformSignIn() {
        Org generic = orgs.ensureDefault(new Creator("Alice", null));

        assertThatThrownBy(() -> generic.signIn().start(BACK))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("password");
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
}
