package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.NotFoundException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.members.Member;
import org.junit.jupiter.api.Test;

class SyncGuardTest {
    private final SyncFixture f = new SyncFixture();

    /** 200 members in 30 departments under one parent. */
    private void bigOrg() {
        f.remote.dept("10", "1", "Ops");
        for (int d = 0; d < 30; d++) {
            f.remote.dept("d" + d, "10", "Team " + d);
        }
        for (int i = 0; i < 200; i++) {
            f.remote.member("m" + i, "Member " + i, "d" + (i % 30));
        }
        f.sync().run();
    }

    private void dropMembers(int count) {
        for (int i = 0; i < count; i++) {
            f.remote.members.remove("m" + i);
        }
    }

    @Test
    void resigningMoreThanTenPercentAndAtLeastTwentyIsHeldAndWritesNothing() {
        bigOrg();
        dropMembers(21);
        f.store.reset();

        SyncReport report = f.sync().run();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.HELD);
        assertThat(report.held()).isNotNull();
        assertThat(report.held().reason()).contains("would resign 21 of 200 active members (11%)");
        assertThat(report.total()).isZero();
        assertThat(f.store.dataWrites()).isZero();
        assertThat(f.member("m0").isActive()).isTrue();
        assertThat(f.sync().heldPlan()).map(HeldPlan::planId).contains(report.planId());
        assertThat(f.sync().lastState()).map(SyncState::outcome).contains(SyncOutcome.HELD);
    }

    @Test
    void twentyResignationsOutOfTwoHundredAreBelowTheShareAndApplied() {
        bigOrg();
        dropMembers(20);

        SyncReport report = f.sync().run();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(report.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(20);
    }

    @Test
    void fewerThanTheMinimumNeverTripTheGuardWhateverTheShare() {
        f.remote.dept("10", "1", "Ops");
        for (int i = 0; i < 10; i++) {
            f.remote.member("m" + i, "Member " + i, "10");
        }
        f.sync().run();
        dropMembers(5);

        assertThat(f.sync().run().outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(f.allMembers().stream().filter(Member::isActive)).hasSize(5);
    }

    @Test
    void removingManyDepartmentsIsHeld() {
        bigOrg();
        for (int d = 0; d < 25; d++) {
            f.remote.departments.remove("d" + d);
        }
        for (int i = 0; i < 200; i++) {
            f.remote.member("m" + i, "Member " + i, "10");
        }

        SyncPlan plan = f.sync().dryRun();

        assertThat(plan.guard().held()).isTrue();
        assertThat(plan.guard().reason()).contains("would remove 25 of 31 departments");
        assertThat(f.sync().run().outcome()).isEqualTo(SyncOutcome.HELD);
        assertThat(f.department("d0")).isPresent();
    }

    @Test
    void anEmptyRemoteOrganizationTripsTheGuardEvenForASmallOrganization() {
        f.remote.dept("10", "1", "Ops").member("m1", "Ann", "10").member("m2", "Bob", "10");
        f.sync().run();
        f.remote.departments.keySet().removeIf(k -> !k.equals(TestDirectory.ROOT));
        f.remote.members.clear();

        SyncReport report = f.sync().run();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.HELD);
        assertThat(f.member("m1").isActive()).isTrue();
        assertThat(f.department("10")).isPresent();
    }

    @Test
    void anApprovedPlanIsAppliedAndNoLongerHeld() {
        bigOrg();
        dropMembers(50);
        SyncReport held = f.sync().run();

        SyncReport approved = f.sync().approve(held.planId());

        assertThat(approved.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(approved.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(50);
        assertThat(f.member("m0").isActive()).isFalse();
        assertThat(f.sync().heldPlan()).isEmpty();
    }

    @Test
    void approvingAfterThePlatformChangedHoldsTheNewPlanInstead() {
        bigOrg();
        dropMembers(50);
        SyncReport held = f.sync().run();
        dropMembers(60);

        assertThatThrownBy(() -> f.sync().approve(held.planId()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed since plan " + held.planId());

        assertThat(f.member("m0").isActive()).isTrue();
        assertThat(f.sync().heldPlan()).map(HeldPlan::planId).isPresent().get().isNotEqualTo(held.planId());
    }

    @Test
    void approvingAnUnknownPlanIsRefused() {
        bigOrg();
        assertThatThrownBy(() -> f.sync().approve("nope"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no sync plan is held");
        dropMembers(50);
        f.sync().run();
        assertThatThrownBy(() -> f.sync().approve("nope"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("is not the held plan");
        assertThat(f.member("m0").isActive()).isTrue();
    }

    @Test
    void aDiscardedPlanIsGoneAndTheNextRunHoldsAgain() {
        bigOrg();
        dropMembers(50);
        f.sync().run();

        f.sync().discardHeldPlan();

        assertThat(f.sync().heldPlan()).isEmpty();
        assertThat(f.sync().run().outcome()).isEqualTo(SyncOutcome.HELD);
    }

    @Test
    void thresholdsAreConfigurable() {
        bigOrg();
        dropMembers(5);

        SyncReport report =
                f.sync().withOptions(SyncOptions.DEFAULTS.withGuard(0.01, 5)).run();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.HELD);
    }

    @Test
    void theDefaultRuleHoldsAtLeastTwentyAndMoreThanTenPercentOrEverything() {
        SyncOptions o = SyncOptions.DEFAULTS;
        assertThat(o.trips(19, 100)).isFalse();
        assertThat(o.trips(20, 100)).isTrue();
        assertThat(o.trips(20, 200)).isFalse();
        assertThat(o.trips(21, 200)).isTrue();
        assertThat(o.trips(5, 5)).as("every member of a small organization").isTrue();
        assertThat(o.trips(4, 5)).isFalse();
        assertThat(o.trips(0, 0)).isFalse();
    }

    @Test
    void badOptionsAreRefused() {
        assertThatThrownBy(() -> SyncOptions.DEFAULTS.withGuard(1.5, 20))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("guardShare");
        assertThatThrownBy(() -> SyncOptions.DEFAULTS.withGuard(0.1, -1)).hasMessageContaining("guardMinimum");
        assertThatThrownBy(() -> SyncOptions.DEFAULTS.withBatchSize(0)).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> SyncOptions.DEFAULTS.withLeaseTtl(java.time.Duration.ofMillis(10)))
                .hasMessageContaining("leaseTtl");
    }
}
