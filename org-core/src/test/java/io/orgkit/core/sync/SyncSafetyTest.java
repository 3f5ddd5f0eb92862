package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.ProviderException;
import io.orgkit.core.StorageException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SyncSafetyTest {
    private final SyncFixture f = new SyncFixture();

    private void acme() {
        f.remote
                .dept("10", "1", "R&D")
                .dept("11", "10", "Backend")
                .dept("20", "1", "Sales")
                .member("u1", "Ann", "11")
                .member("u2", "Bob", "10", "20")
                .member("u3", "Cid", "20");
    }

    @Test
    void aDryRunWritesNothing() {
        acme();
        f.store.reset();

        SyncPlan plan = f.sync().dryRun();

        assertThat(plan.count(ChangeKind.MEMBER_CREATED)).isEqualTo(3);
        assertThat(f.store.writes).isEmpty();
        assertThat(f.allMembers()).isEmpty();
        assertThat(f.sync().lastState()).isEmpty();
    }

    @Test
    void aSecondSyncOfTheSameRemoteStateWritesNothing() {
        acme();
        f.remote.managers("20", "u3");
        f.sync().run();
        f.store.reset();
        int events = f.events.size();

        SyncReport second = f.sync().run();

        assertThat(second.outcome()).isEqualTo(SyncOutcome.UNCHANGED);
        assertThat(second.total()).isZero();
        assertThat(f.store.dataWrites()).isZero();
        assertThat(f.store.count("appendEvent")).isZero();
        assertThat(f.store.count("putAttribute")).isEqualTo(1);
        assertThat(f.events).hasSize(events);
        assertThat(f.sync().lastState()).map(SyncState::outcome).contains(SyncOutcome.UNCHANGED);
    }

    @Test
    void aFailureMidFetchAppliesNothingAndIsRecorded() {
        acme();
        f.remote.failAtCall = 2;

        assertThatThrownBy(() -> f.sync().run())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("failed call 2");

        assertThat(f.allMembers()).isEmpty();
        assertThat(f.department("10")).isEmpty();
        SyncState state = f.sync().lastState().orElseThrow();
        assertThat(state.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(state.error()).contains("failed call 2");
        assertThat(state.apiCalls()).isEqualTo(2);
    }

    @Test
    void aDirectoryThatIsNotATreeAppliesNothing() {
        acme();
        f.remote.departments.put("30", new RemoteDepartment("30", "99", "Orphan", 9, List.of()));
        f.remote.put(new RemoteMember("u8", "Lost", null, null, null, null, List.of("77"), "77", true));

        assertThatThrownBy(() -> f.sync().run())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("not a consistent tree")
                .hasMessageContaining("not reachable from the root")
                .hasMessageContaining("member u8 is in department 77")
                .extracting(e -> ((ProviderException) e).code())
                .isEqualTo("invalid-directory");
        assertThat(f.allMembers()).isEmpty();
    }

    @Test
    void twoRootsAreRefused() {
        f.remote.departments.put("2", new RemoteDepartment("2", null, "Other root", 1, List.of()));

        assertThatThrownBy(() -> f.sync().dryRun())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("2 root departments");
    }

    @Test
    void invalidMembersAndClashingKeysAreReportedAndLeftAloneWhileTheRestIsApplied() {
        acme();
        f.remote.put(new RemoteMember("u4", "Dee", null, null, "not-an-email", null, List.of("20"), "20", true));
        f.remote.put(new RemoteMember("u5", "Eve", "Eu1", null, null, null, List.of("20"), "20", true));

        SyncReport report = f.sync().run();

        assertThat(report.count(ChangeKind.MEMBER_CREATED)).isEqualTo(3);
        assertThat(report.failures()).extracting(SyncFailure::externalId).containsExactlyInAnyOrder("u4", "u5");
        assertThat(report.failures())
                .filteredOn(x -> x.externalId().equals("u4"))
                .singleElement()
                .extracting(SyncFailure::message)
                .asString()
                .contains("email: 'not-an-email' is not an email address");
        assertThat(report.failures())
                .filteredOn(x -> x.externalId().equals("u5"))
                .singleElement()
                .extracting(SyncFailure::message)
                .asString()
                .contains("employeeId: 'Eu1' is already used by Ann");
        assertThat(f.find("u4")).isEmpty();
        assertThat(f.find("u5")).isEmpty();
    }

    @Test
    void aKnownMemberThatTurnsInvalidKeepsItsLastGoodStateAndStaysActive() {
        acme();
        f.sync().run();
        RemoteMember cid = f.remote.get("u3");
        f.remote.put(new RemoteMember(
                "u3", cid.name(), cid.employeeId(), "12", cid.email(), null, List.of("10"), "10", true));

        SyncReport report = f.sync().run();

        assertThat(report.failures())
                .singleElement()
                .extracting(SyncFailure::message)
                .asString()
                .contains("phone: '12' is not a phone number");
        assertThat(f.member("u3").isActive()).isTrue();
        assertThat(f.member("u3").departmentIds()).containsExactly(f.dept("20").id());
    }

    @Test
    void aSecondConcurrentSyncIsRefusedWhileTheFirstRuns() throws Exception {
        acme();
        f.remote.fetching = new CountDownLatch(1);
        f.remote.release = new CountDownLatch(1);
        CompletableFuture<SyncReport> first =
                CompletableFuture.supplyAsync(() -> f.sync().run());
        f.remote.fetching.await();

        assertThatThrownBy(() -> f.sync().run())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("a sync of organization 'ACME synced' is already running");
        f.remote.release.countDown();

        assertThat(first.get().outcome()).isEqualTo(SyncOutcome.APPLIED);
        f.remote.fetching = null;
        assertThat(f.sync().run().outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    }

    @Test
    void aSyncIsRefusedWhileAnotherInstanceHoldsTheLease() {
        acme();
        f.store.leases().tryAcquire("orgkit.sync." + f.org.id().value(), "other-instance", Duration.ofMinutes(5));

        assertThatThrownBy(() -> f.sync().run())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already running in another application instance");
        assertThat(f.allMembers()).isEmpty();

        f.store.leases().release("orgkit.sync." + f.org.id().value(), "other-instance");
        assertThat(f.sync().run().outcome()).isEqualTo(SyncOutcome.APPLIED);
    }

    @Test
    void aSyncThatLosesItsLeaseStopsBeforeWritingAndTheLeaseIsFreeAfterwards() {
        acme();
        f.store.refuseRenewals = true;

        assertThatThrownBy(() -> f.sync().run())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("lost its lease orgkit.sync." + f.org.id().value());

        assertThat(f.allMembers()).isEmpty();
        assertThat(f.sync().lastState()).map(SyncState::outcome).contains(SyncOutcome.FAILED);
        f.store.refuseRenewals = false;
        assertThat(f.sync().run().outcome()).isEqualTo(SyncOutcome.APPLIED);
    }

    @Test
    void syncingAGenericOrganizationIsRefused() {
        var generic = f.service.ensureDefault(new Creator("Alice", null));

        assertThatThrownBy(generic::sync)
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is a generic organization");
    }

    @Test
    void aStoreFailureWhileApplyingIsReportedAndTheNextSyncFinishes() {
        acme();
        f.remote.dept("21", "20", "Inside");
        f.store.failAtDataWrite = 3;

        assertThatThrownBy(() -> f.sync()
                        .withOptions(SyncOptions.DEFAULTS.withBatchSize(1))
                        .run())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("stopped after storing")
                .hasMessageContaining("sync again to finish");
        assertThat(f.sync().lastState()).map(SyncState::outcome).contains(SyncOutcome.FAILED);
        f.store.failAtDataWrite = 0;

        f.sync().run();
        assertThat(f.allMembers()).hasSize(3);
        assertThat(f.sync().dryRun().isEmpty()).isTrue();
    }

    @Test
    void membersAreWrittenInBatchesOfTheConfiguredSize() {
        for (int i = 0; i < 25; i++) {
            f.remote.member("m" + i, "Member " + i, "1");
        }
        f.store.reset();

        f.sync().withOptions(SyncOptions.DEFAULTS.withBatchSize(10)).run();

        assertThat(f.store.count("insertMembers")).isEqualTo(3);
        assertThat(f.allMembers()).hasSize(25);
    }

    @Test
    void progressIsReportedThroughEveryPhase() {
        acme();
        List<SyncProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        SyncReport report = f.sync().run(seen::add);

        assertThat(seen)
                .extracting(SyncProgress::phase)
                .containsSubsequence(
                        SyncProgress.Phase.FETCHING,
                        SyncProgress.Phase.PLANNING,
                        SyncProgress.Phase.APPLYING,
                        SyncProgress.Phase.DONE);
        assertThat(seen.get(seen.size() - 1))
                .isEqualTo(new SyncProgress(SyncProgress.Phase.DONE, report.total(), report.total()));
        assertThat(report.total()).isEqualTo(8);
        seen.clear();

        f.sync().run(seen::add);

        assertThat(seen)
                .extracting(SyncProgress::phase)
                .doesNotContain(SyncProgress.Phase.APPLYING)
                .endsWith(SyncProgress.Phase.DONE);
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheSync() {
        acme();
        SyncReport report = f.sync().run(p -> {
            throw new IllegalStateException("boom");
        });
        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
    }

    @Test
    void theSecretNeverShowsInPlansReportsStatesOrErrors() {
        acme();
        f.remote.failAtCall = 1;
        Throwable error =
                org.assertj.core.api.Assertions.catchThrowable(() -> f.sync().run());
        f.remote.failAtCall = 0;
        SyncReport report = f.sync().run();

        assertThat(error).hasMessageNotContaining(SyncFixture.TOKEN);
        assertThat(String.valueOf(f.sync().lastState())
                        + report
                        + f.sync().dryRun().describe()
                        + f.sync()
                        + f.org.info())
                .doesNotContain(SyncFixture.TOKEN);
    }
}
