package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ReadOnlyOrganizationException;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.roles.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncEffectsTest {
    private final SyncFixture f = new SyncFixture();

    private void acme() {
        f.remote
                .dept("10", "1", "R&D")
                .dept("20", "1", "Sales")
                .member("u1", "Ann", "10")
                .member("u2", "Bob", "10", "20")
                .member("u3", "Cid", "20");
        f.sync().run();
    }

    @Test
    void syncedMembersAndDepartmentsAreSearchableAndRenamesAndResignationsFollow() {
        acme();
        assertThat(f.org.search().members("ann"))
                .extracting(h -> h.member().externalId())
                .containsExactly("u1");
        assertThat(f.org.search().departments("sales")).hasSize(1);
        f.remote.members.remove("u1");
        f.remote.member("u3", "Cidney", "20");
        f.remote.dept("20", "1", "Marketing");

        f.sync().run();

        assertThat(f.org.search().members("ann")).isEmpty();
        assertThat(f.org.search().members("cidney"))
                .extracting(h -> h.member().externalId())
                .containsExactly("u3");
        assertThat(f.org.search().departments("sales")).isEmpty();
        assertThat(f.org.search().departments("market")).hasSize(1);
    }

    @Test
    void localRolesSurviveSyncs() {
        acme();
        Role reviewers = f.org.roles().create(f.org.roles().createGroup("Local").id(), "Reviewers");
        f.org.roles()
                .addMembers(
                        reviewers.id(),
                        List.of(f.member("u1").id(), f.member("u2").id()));
        f.remote.dept("30", "1", "Support").member("u2", "Bob", "30");

        f.sync().run();

        assertThat(f.org.roles().members(reviewers.id()))
                .extracting(Member::externalId)
                .containsExactlyInAnyOrder("u1", "u2");
    }

    @Test
    void aResignedMemberLeavesItsRolesTheLeaderPostAndManagerPosts() {
        acme();
        Member ann = f.member("u1");
        f.org.roles().addMembers(f.org.roles().admin().id(), List.of(ann.id()));
        f.org.setLeader(ann.id());
        f.remote.managers("10", "u1", "u2");
        f.sync().run();
        f.remote.members.remove("u1");

        f.sync().run();

        assertThat(f.org.roles().members(f.org.roles().admin().id())).isEmpty();
        assertThat(f.org.info().leaderId()).isNull();
        assertThat(f.dept("10").managerIds()).containsExactly(f.member("u2").id());
        assertThat(f.eventTypes()).contains("MemberResigned", "LeaderChanged");
    }

    @Test
    void eachChangeRaisesItsEventAndTheSyncEndsWithSyncCompleted() {
        f.remote.dept("10", "1", "R&D").member("u1", "Ann", "10");
        f.sync().run();

        assertThat(f.eventTypes())
                .containsSubsequence("DepartmentCreated", "DepartmentRenamed", "MemberAdded", "SyncCompleted");
        OrgEvent.SyncCompleted done = (OrgEvent.SyncCompleted) f.events.get(f.events.size() - 1);
        assertThat(done.counts()).containsEntry("DEPARTMENT_CREATED", 1).containsEntry("MEMBER_CREATED", 1);
        assertThat(f.service.events().after(0, 1000)).extracting(e -> e.type()).contains("SyncCompleted");
    }

    @Test
    void aMovedAndRenamedDepartmentRaisesBothEvents() {
        acme();
        f.events.clear();
        f.remote.departments.put(
                "20", new io.orgkit.core.spi.RemoteDepartment("20", "10", "Inside sales", 1, List.of()));

        f.sync().run();

        assertThat(f.eventTypes()).containsExactly("DepartmentRenamed", "DepartmentMoved", "SyncCompleted");
    }

    @Test
    void localEditsOfDepartmentsAndMembersOfTheSyncedOrganizationAreRefused() {
        acme();
        Member ann = f.member("u1");

        assertThatThrownBy(() -> f.org.departments().create(f.org.root().id(), "Local"))
                .isInstanceOf(ReadOnlyOrganizationException.class);
        assertThatThrownBy(() -> f.org.members().add(NewMember.named("Zed")))
                .isInstanceOf(ReadOnlyOrganizationException.class);
        assertThatThrownBy(() ->
                        f.org.members().update(ann.id(), MemberUpdate.create().name("Anna")))
                .isInstanceOf(ReadOnlyOrganizationException.class);
        assertThat(f.member("u1").name()).isEqualTo("Ann");
        assertThat(f.sync().dryRun().isEmpty()).isTrue();
    }

    @Test
    void theLastStateKeepsTheCountsOfTheLastRun() {
        acme();
        SyncState state = f.sync().lastState().orElseThrow();

        assertThat(state.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(state.counts())
                .isEqualTo(Map.of(
                        ChangeKind.DEPARTMENT_CREATED,
                        2,
                        ChangeKind.MEMBER_CREATED,
                        3,
                        ChangeKind.DEPARTMENT_UPDATED,
                        1,
                        ChangeKind.DEPARTMENT_RENAMED,
                        1));
        assertThat(state.error()).isNull();
        assertThat(state.apiCalls()).isPositive();
    }
}
