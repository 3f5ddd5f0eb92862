package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ConflictException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.callbacks.CallbackRequest;
import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.signin.SignInRefusedException.Reason;
import io.orgkit.core.signin.SignInStart;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Core's change engine, callback routing and sign-in, with the test provider. */
class ChangesAndCallbacksTest {
    private final SyncFixture f = new SyncFixture();

    @BeforeEach
    void synced() {
        f.remote
                .dept("2", "1", "Sales")
                .dept("3", "2", "Team")
                .member("a", "Ann", "2")
                .member("b", "Bob", "3")
                .member("c", "Cid", "2")
                .managers("2", "a");
        f.sync().run();
    }

    private CallbackResponse callback(String sig, String id, String body) {
        return f.service.callbacks().handle("test", CallbackRequest.of(Map.of("sig", sig, "id", id, "v", "10"), body));
    }

    @Test
    void aCallbackReReadsTheIdsItNamesAndAppliesThem() {
        f.remote.dept("4", "2", "New Team").member("d", "Dan", "4");

        CallbackResponse r = callback(SyncFixture.TOKEN, "n1", "m:d\nd:4\ngone:c");

        assertThat(r.status()).isEqualTo(200);
        assertThat(f.member("d").departmentIds()).containsExactly(f.dept("4").id());
        assertThat(f.member("c").isActive()).isFalse();
    }

    @Test
    void aMemberInADepartmentNotYetKnownBringsTheDepartmentAlong() {
        f.remote.dept("5", "3", "Deep").member("e", "Eve", "5");

        assertThat(callback(SyncFixture.TOKEN, "n2", "m:e").status()).isEqualTo(200);

        assertThat(f.dept("5").parentId()).isEqualTo(f.dept("3").id());
        assertThat(f.member("e").isActive()).isTrue();
    }

    @Test
    void aForgedOrReplayedCallbackIsRefusedAndAnUnknownTypeIsNotFound() {
        f.remote.member("x", "Xavier", "2");

        assertThat(callback("forged", "n3", "m:x").status()).isEqualTo(403);
        assertThat(callback(SyncFixture.TOKEN, "n4", "").status()).isEqualTo(200);
        assertThat(callback(SyncFixture.TOKEN, "n4", "m:x").body()).contains("replayed");
        assertThat(f.find("x")).isEmpty();
        assertThat(f.service
                        .callbacks()
                        .handle("none", CallbackRequest.of(Map.of(), ""))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCallbackWhileASyncRunsAsksThePlatformToRetry() {
        f.store.leases().tryAcquire("orgkit.sync." + f.org.id().value(), "elsewhere", java.time.Duration.ofMinutes(1));
        f.remote.member("y", "Yan", "2");

        assertThat(callback(SyncFixture.TOKEN, "n5", "m:y").status()).isEqualTo(503);
        f.store.leases().release("orgkit.sync." + f.org.id().value(), "elsewhere");
        assertThat(callback(SyncFixture.TOKEN, "n5", "m:y").status())
                .as("the retry is not a replay")
                .isEqualTo(200);
    }

    @Test
    void removingADepartmentMovesItsSubDepartmentsAndMembersUp() {
        SyncReport r = f.sync().applyChanges(List.of(new RemoteChange.DepartmentRemoved("2", 3)));

        assertThat(r.kind()).isEqualTo(SyncKind.CHANGES);
        assertThat(f.department("2")).isEmpty();
        assertThat(f.dept("3").parentId()).isEqualTo(f.org.root().id());
        assertThat(f.member("a").mainDepartmentId()).isEqualTo(f.org.root().id());
    }

    @Test
    void staleAndUnplaceableChangesAreSkippedOrReported() {
        f.sync().applyChanges(List.of(new RemoteChange.MemberUpserted(renamed("a", "Ann New", "2"), 9)));

        SyncReport r = f.sync()
                .applyChanges(List.of(
                        new RemoteChange.MemberRemoved("a", 8),
                        new RemoteChange.DepartmentUpserted(
                                new RemoteDepartment("9", "77", "Orphan", 0, List.of()), 1)));

        assertThat(f.member("a").name()).isEqualTo("Ann New");
        assertThat(r.failures()).extracting(SyncFailure::externalId).containsExactly("9");
    }

    @Test
    void theGuardHoldsABurstOfRemovals() {
        SyncReport r = f.sync()
                .withOptions(SyncOptions.DEFAULTS.withGuard(0.1, 1))
                .applyChanges(List.of(new RemoteChange.MemberRemoved("a", 1), new RemoteChange.MemberRemoved("b", 1)));

        assertThat(r.outcome()).isEqualTo(SyncOutcome.HELD);
        assertThat(r.held().reason()).contains("sync().run()");
        assertThat(f.member("a").isActive()).isTrue();
    }

    @Test
    void aPlatformWithoutDeltaFeedRefusesChangePulls() {
        assertThatThrownBy(() -> f.sync().runChanges())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no delta feed");
    }

    @Test
    void changesBeforeTheFirstFullSyncAreRefused() {
        SyncFixture fresh = new SyncFixture();
        assertThatThrownBy(() -> fresh.sync().applyChanges(List.of(new RemoteChange.MemberRemoved("a", 1))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("sync().run()");
    }

    @Test
    void signInGivesTheActiveMemberAndRefusesTheRest() {
        URI back = URI.create("https://app.example/done");
        SignInStart start = f.org.signIn().start(back);
        assertThat(start.authorizeUrl().toString()).contains(start.state());
        assertThat(f.org.signIn().complete("code-a", start.state()).externalId())
                .isEqualTo("a");

        assertThat(refusal("code-a", start.state())).isEqualTo(Reason.STATE_INVALID);
        assertThat(refusal("code-nobody", f.org.signIn().start(back).state())).isEqualTo(Reason.NOT_A_MEMBER);
        assertThat(refusal("used", f.org.signIn().start(back).state())).isEqualTo(Reason.CODE_INVALID);
        assertThat(refusal("", f.org.signIn().start(back).state())).isEqualTo(Reason.CODE_INVALID);
        f.sync().applyChanges(List.of(new RemoteChange.MemberRemoved("b", 1)));
        assertThat(refusal("code-b", f.org.signIn().start(back).state())).isEqualTo(Reason.RESIGNED);
        assertThatThrownBy(() -> f.org.signIn().start(URI.create("relative"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void signInHandsTheProviderTheNonceAndPkceVerifierItStartedWith() {
        URI back = URI.create("https://app.example/done");
        SignInStart first = f.org.signIn().start(back);
        SignInStart second = f.org.signIn().start(back);
        String nonce = query(first.authorizeUrl(), "nonce");
        String challenge = query(first.authorizeUrl(), "code_challenge");
        assertThat(nonce).hasSize(43).isNotEqualTo(query(second.authorizeUrl(), "nonce"));

        f.org.signIn().complete("code-a", first.state());

        io.orgkit.core.spi.LoginRequest seen = f.remote.loginRequests.get(0);
        assertThat(seen.state()).isEqualTo(first.state());
        assertThat(seen.redirectUri()).isEqualTo(back);
        assertThat(seen.nonce()).isEqualTo(nonce);
        assertThat(seen.codeVerifier()).hasSize(43).doesNotContain(nonce);
        assertThat(seen.codeChallenge()).isEqualTo(challenge);
        assertThat(seen.toString()).doesNotContain(seen.codeVerifier()).doesNotContain(seen.state());
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    private Reason refusal(String code, String state) {
        return catchThrowableOfType(
                        SignInRefusedException.class, () -> f.org.signIn().complete(code, state))
                .reason();
    }

    private RemoteMember renamed(String id, String name, String dept) {
        RemoteMember m = f.remote.get(id);
        return new RemoteMember(
                id, name, m.employeeId(), m.phone(), m.email(), m.position(), List.of(dept), dept, true);
    }
}
