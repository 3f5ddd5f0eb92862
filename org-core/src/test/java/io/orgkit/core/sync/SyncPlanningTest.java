package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.spi.RemoteMember;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncPlanningTest {
    private final SyncFixture f = new SyncFixture();

    private void acme() {
        f.remote
                .dept("10", "1", "R&D")
                .dept("11", "10", "Backend")
                .dept("12", "10", "Frontend")
                .dept("20", "1", "Sales")
                .member("u1", "Ann", "11")
                .member("u2", "Bob", "12", "20")
                .member("u3", "Cid", "20");
    }

    @Test
    void firstSyncCreatesTheRemoteTreeUnderTheLocalRootAndLinksTheRoot() {
        acme();
        SyncReport report = f.sync().run();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(report.count(ChangeKind.DEPARTMENT_CREATED)).isEqualTo(4);
        assertThat(report.count(ChangeKind.MEMBER_CREATED)).isEqualTo(3);
        assertThat(f.org.root().externalId()).isEqualTo("1");
        assertThat(f.org.root().name()).isEqualTo("ACME");
        assertThat(f.dept("11").parentId()).isEqualTo(f.dept("10").id());
        assertThat(f.dept("11").path())
                .isEqualTo(f.org.root().path() + f.dept("10").id() + "/"
                        + f.dept("11").id() + "/");
        Member bob = f.member("u2");
        assertThat(bob.departmentIds())
                .containsExactly(f.dept("12").id(), f.dept("20").id());
        assertThat(bob.mainDepartmentId()).isEqualTo(f.dept("12").id());
        assertThat(bob.email()).isEqualTo("u2@acme.example");
    }

    @Test
    void aRenamedDepartmentKeepsItsIdAndIsRenamed() {
        acme();
        f.sync().run();
        Department before = f.dept("20");
        f.remote.departments.put(
                "20", new io.orgkit.core.spi.RemoteDepartment("20", "1", "Sales & Marketing", 4, List.of()));

        SyncPlan plan = f.sync().dryRun();
        assertThat(plan.changes()).extracting(SyncChange::kind).containsExactly(ChangeKind.DEPARTMENT_RENAMED);
        f.sync().run();

        assertThat(f.dept("20").id()).isEqualTo(before.id());
        assertThat(f.dept("20").name()).isEqualTo("Sales & Marketing");
    }

    @Test
    void aMovedDepartmentTakesItsSubtreeAndMembersAlong() {
        acme();
        f.sync().run();
        f.remote.dept("13", "11", "Databases").member("u4", "Dee", "13");
        f.sync().run();
        f.remote.departments.put("11", new io.orgkit.core.spi.RemoteDepartment("11", "20", "Backend", 1, List.of()));

        SyncReport report = f.sync().run();

        assertThat(report.count(ChangeKind.DEPARTMENT_MOVED)).isEqualTo(1);
        assertThat(f.dept("11").parentId()).isEqualTo(f.dept("20").id());
        assertThat(f.dept("13").path())
                .startsWith(f.dept("20").path() + f.dept("11").id() + "/");
        assertThat(f.org.departments().members(f.dept("20").id(), true))
                .extracting(Member::externalId)
                .contains("u1", "u4");
    }

    @Test
    void aDeletedDepartmentWithChildrenIsRemovedChildrenFirstAndItsMembersResignOrMove() {
        acme();
        f.sync().run();
        f.remote.departments.remove("10");
        f.remote.departments.remove("11");
        f.remote.departments.remove("12");
        f.remote.members.remove("u1");
        f.remote.member("u2", "Bob", "20");

        SyncReport report =
                f.sync().withOptions(SyncOptions.DEFAULTS.withGuard(1, 100)).run();

        assertThat(report.count(ChangeKind.DEPARTMENT_REMOVED)).isEqualTo(3);
        assertThat(f.department("10")).isEmpty();
        assertThat(f.department("11")).isEmpty();
        Member ann = f.member("u1");
        assertThat(ann.isActive()).isFalse();
        assertThat(ann.departmentIds()).containsExactly(f.org.root().id());
        assertThat(f.member("u2").departmentIds()).containsExactly(f.dept("20").id());
        assertThat(f.eventTypes()).containsSubsequence("DepartmentDeleted", "DepartmentDeleted", "DepartmentDeleted");
    }

    @Test
    void aMemberInSeveralDepartmentsChangesItsMainDepartment() {
        acme();
        f.sync().run();
        RemoteMember bob = f.remote.get("u2");
        f.remote.put(new RemoteMember(
                "u2", "Bob", bob.employeeId(), null, bob.email(), null, List.of("12", "20"), "20", true));

        SyncPlan plan = f.sync().dryRun();
        f.sync().run();

        assertThat(plan.changes(ChangeKind.MEMBER_MOVED)).hasSize(1);
        assertThat(f.member("u2").mainDepartmentId()).isEqualTo(f.dept("20").id());
        assertThat(f.member("u2").departmentIds())
                .containsExactlyInAnyOrder(f.dept("12").id(), f.dept("20").id());
    }

    @Test
    void changedFieldsAreUpdatedAndListedByName() {
        acme();
        f.sync().run();
        f.remote.put(new RemoteMember(
                "u3", "Cid Chen", "E-77", "+86 139 0000 1111", "CID@acme.example", "Lead", List.of("20"), "20", true));

        SyncPlan plan = f.sync().dryRun();
        f.sync().run();

        assertThat(plan.changes(ChangeKind.MEMBER_UPDATED))
                .singleElement()
                .extracting(SyncChange::detail)
                .isEqualTo("name, employeeId, phone, email, position");
        Member cid = f.member("u3");
        assertThat(cid.phone()).isEqualTo("+8613900001111");
        assertThat(cid.email()).isEqualTo("cid@acme.example");
    }

    @Test
    void aMemberGoneFromThePlatformResignsAndComesBackWithTheSameId() {
        acme();
        f.sync().run();
        Member ann = f.member("u1");
        RemoteMember remote = f.remote.members.remove("u1");

        assertThat(f.sync().run().count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(1);
        assertThat(f.member("u1").isActive()).isFalse();

        f.remote.put(remote);
        SyncReport back = f.sync().run();

        assertThat(back.count(ChangeKind.MEMBER_REACTIVATED)).isEqualTo(1);
        assertThat(f.member("u1").id()).isEqualTo(ann.id());
        assertThat(f.member("u1").isActive()).isTrue();
        assertThat(f.member("u1").resignedAt()).isNull();
        assertThat(f.eventTypes()).contains("MemberResigned", "MemberReactivated");
    }

    @Test
    void aMemberDisabledOnThePlatformResigns() {
        acme();
        f.sync().run();
        RemoteMember cid = f.remote.get("u3");
        f.remote.put(new RemoteMember(
                "u3", cid.name(), cid.employeeId(), null, cid.email(), null, List.of("20"), "20", false));

        assertThat(f.sync().run().count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(1);
        assertThat(f.member("u3").isActive()).isFalse();
    }

    @Test
    void aDisabledMemberNeverSeenBeforeIsNotCreated() {
        f.remote.put(new RemoteMember("u9", "Ghost", null, null, null, null, List.of("1"), "1", false));

        assertThat(f.sync().dryRun().isEmpty()).isFalse();
        f.sync().run();

        assertThat(f.find("u9")).isEmpty();
    }

    @Test
    void departmentManagersComeFromThePlatformAndLeaveWhenTheyResign() {
        acme();
        f.remote.managers("20", "u3", "u-unknown");
        f.sync().run();
        assertThat(f.dept("20").managerIds()).containsExactly(f.member("u3").id());

        f.remote.members.remove("u3");
        f.sync().run();

        assertThat(f.dept("20").managerIds()).isEmpty();
        assertThat(f.sync().dryRun().isEmpty()).isTrue();
    }

    @Test
    void twoMembersSwappingTheirEmailsAreBothUpdated() {
        acme();
        f.sync().run();
        RemoteMember ann = f.remote.get("u1");
        RemoteMember cid = f.remote.get("u3");
        f.remote.put(new RemoteMember(
                "u1", ann.name(), ann.employeeId(), null, cid.email(), null, List.of("11"), "11", true));
        f.remote.put(new RemoteMember(
                "u3", cid.name(), cid.employeeId(), null, ann.email(), null, List.of("20"), "20", true));

        SyncReport report = f.sync().run();

        assertThat(report.failures()).isEmpty();
        assertThat(f.member("u1").email()).isEqualTo("u3@acme.example");
        assertThat(f.member("u3").email()).isEqualTo("u1@acme.example");
    }

    @Test
    void thePlanPrintsTheSameWayForTheSameChanges() {
        acme();
        SyncPlan first = f.sync().dryRun();
        SyncPlan second = f.sync().dryRun();

        assertThat(first.id()).isEqualTo(second.id());
        assertThat(first.describe()).isEqualTo(second.describe());
        assertThat(first.describe()).contains("DEPARTMENT_CREATED 10 'R&D' under 1", "MEMBER_CREATED u2 'Bob'");
        assertThat(first.counts()).containsEntry(ChangeKind.MEMBER_CREATED, 3);
    }
}
