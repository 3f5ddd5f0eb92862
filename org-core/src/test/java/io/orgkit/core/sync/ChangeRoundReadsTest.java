package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteMember;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change round reads only what its changes touch, through indexed lookups: never every member (nor, unless a
 * member resigns or a department goes, every department), so its cost follows the changes, not the organization.
 */
class ChangeRoundReadsTest {
    private static final int PEOPLE = 120;
    private final SyncFixture f = new SyncFixture();

    @BeforeEach
    void synced() {
        f.remote.dept("2", "1", "Sales").dept("3", "2", "Team").dept("4", "1", "Support");
        for (int i = 0; i < PEOPLE; i++) {
            f.remote.member("p" + i, "Person " + i, i % 3 == 0 ? "2" : i % 3 == 1 ? "3" : "4");
        }
        f.remote.managers("2", "p0").managers("4", "p2");
        f.sync().run();
        f.store.reset();
    }

    /** Store calls of the last round, by name (taken before the test reads the store itself). */
    private java.util.Map<String, Integer> calls = java.util.Map.of();

    private SyncReport round(List<RemoteChange> changes) {
        f.store.reset();
        SyncReport r = f.sync().applyChanges(changes);
        java.util.Map<String, Integer> taken = new java.util.HashMap<>();
        f.store.calls.forEach((k, v) -> taken.put(k, v.get()));
        calls = taken;
        return r;
    }

    private int calls(String operation) {
        return calls.getOrDefault(operation, 0);
    }

    private void assertNoWholeRead() {
        assertThat(calls("allMembers")).as("reads of every member").isZero();
        assertThat(calls("countMembers")).as("counts of the members").isZero();
    }

    private RemoteMember remote(String id) {
        return f.remote.get(id);
    }

    @Test
    void aRoundWithoutChangesReadsNoMemberAndNoDepartmentList() {
        SyncReport r = round(List.of());

        assertThat(r.outcome()).isEqualTo(SyncOutcome.UNCHANGED);
        assertNoWholeRead();
        assertThat(calls("departments")).isZero();
        assertThat(calls("memberByExternalId")).isZero();
        assertThat(calls("subtree")).isZero();
    }

    @Test
    void memberChangesReadOnlyTheMembersTheyNameAndTheirDepartments() {
        RemoteMember ann = remote("p5");
        RemoteMember renamed = new RemoteMember(
                ann.externalId(), "Ann Renamed", ann.employeeId(), null, ann.email(), null, List.of("2"), "2", true);
        RemoteMember fresh =
                new RemoteMember("new1", "New One", "ENEW", null, "new1@acme.example", null, List.of("3"), "3", true);

        SyncReport r = round(
                List.of(new RemoteChange.MemberUpserted(renamed, 10), new RemoteChange.MemberUpserted(fresh, 11)));

        assertThat(r.counts())
                .containsEntry(ChangeKind.MEMBER_UPDATED, 1)
                .containsEntry(ChangeKind.MEMBER_MOVED, 1)
                .containsEntry(ChangeKind.MEMBER_CREATED, 1);
        assertThat(f.member("p5").name()).isEqualTo("Ann Renamed");
        assertThat(f.member("p5").departmentIds()).containsExactly(f.dept("2").id());
        assertThat(f.member("new1").isActive()).isTrue();
        round(List.of(new RemoteChange.MemberUpserted(renamed, 12)));
        assertNoWholeRead();
        assertThat(calls("departments")).as("no list of every department").isZero();
        assertThat(calls("membersInDepartments")).isZero();
        assertThat(calls("memberByExternalId")).isLessThanOrEqualTo(2);
    }

    @Test
    void aValueHeldByAMemberTheChangesDoNotNameIsStillAPerItemFailure() {
        RemoteMember taker =
                new RemoteMember("p7", "Person 7", "E7", null, remote("p8").email(), null, List.of("3"), "3", true);

        SyncReport r = round(List.of(new RemoteChange.MemberUpserted(taker, 5)));

        assertThat(r.failures()).singleElement().satisfies(x -> {
            assertThat(x.externalId()).isEqualTo("p7");
            assertThat(x.message())
                    .isEqualTo(
                            "email: 'p8@acme.example' is already used by Person 8; each member" + " needs their own");
        });
        assertThat(f.member("p7").email()).isEqualTo("p7@acme.example");
        assertNoWholeRead();
    }

    @Test
    void aDepartingManagerLeavesThePostWithoutAReadOfEveryMember() {
        SyncReport r = round(List.of(new RemoteChange.MemberRemoved("p0", 3)));

        assertThat(f.member("p0").isActive()).isFalse();
        assertThat(f.dept("2").managerIds()).isEmpty();
        assertThat(r.counts())
                .containsEntry(ChangeKind.MEMBER_RESIGNED, 1)
                .containsEntry(ChangeKind.DEPARTMENT_UPDATED, 1);
        assertThat(calls("allMembers")).isZero();
    }

    @Test
    void aRemovedDepartmentReadsItsSubtreeAndItsMembersOnly() {
        SyncReport r = round(List.of(new RemoteChange.DepartmentRemoved("3", 4)));

        assertThat(f.department("3")).isEmpty();
        assertThat(f.member("p1").departmentIds()).containsExactly(f.dept("2").id());
        assertThat(r.counts()).containsEntry(ChangeKind.DEPARTMENT_REMOVED, 1);
        assertThat(calls("allMembers")).isZero();
        assertThat(calls("subtree")).isEqualTo(1);
    }

    @Test
    void aBurstOfRemovalsIsStillHeldByTheGuard() {
        List<RemoteChange> gone = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            gone.add(new RemoteChange.MemberRemoved("p" + i, 20));
        }

        SyncReport r = round(gone);

        assertThat(r.isHeld()).isTrue();
        assertThat(r.held().reason()).startsWith("would resign 30 of " + PEOPLE + " active members (25%)");
        assertThat(f.member("p1").isActive()).isTrue();
        assertThat(calls("allMembers")).isZero();
        assertThat(calls("countMembers")).as("the guard counts in the store").isEqualTo(1);
    }
}
