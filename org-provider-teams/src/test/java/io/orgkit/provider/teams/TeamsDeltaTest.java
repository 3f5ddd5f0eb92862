package io.orgkit.provider.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.Org;
import io.orgkit.core.ProviderException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.SyncKind;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.tck.graph.GraphUser;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /users/delta} through {@code org.sync().runChanges()}: the delta link is the cursor. */
class TeamsDeltaTest {
    private final TeamsFixture f = new TeamsFixture();
    private Org org;

    @BeforeEach
    void synced() {
        f.sim.directory().addUser(GraphUser.of("u-ann", "Ann Lee").in(null, "Sales"));
        f.sim.directory().addUser(GraphUser.of("u-bob", "Bob Li").in(null, "Sales"));
        f.sim.directory().addUser(GraphUser.of("u-cid", "Cid Wu").in(null, "R&D"));
        f.sim.directory().addUser(GraphUser.of("u-dee", "Dee Ma").in(null, "R&D"));
        org = f.create(Map.of());
        org.sync().run();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private String mainDepartmentName(String externalId) {
        Member m = TeamsFixture.member(org, externalId);
        return org.departments().pathFromRoot(m.mainDepartmentId()).stream()
                .reduce((a, b) -> b)
                .map(Department::name)
                .orElseThrow();
    }

    @Test
    void aRoundWithNoChangeIsOneCall() {
        org.sync().runChanges();
        f.sim.resetCounters();

        SyncReport report = org.sync().runChanges();

        assertThat(report.kind()).isEqualTo(SyncKind.CHANGES);
        assertThat(report.total()).isZero();
        assertThat(f.sim.totalCalls()).isEqualTo(1);
        assertThat(f.sim.calls("/v1.0/users/delta")).isEqualTo(1);
    }

    @Test
    void addedChangedMovedDisabledAndDeletedUsersAreApplied() {
        f.sim.directory().addUser(GraphUser.of("u-eve", "Eve Ng").in(null, "Finance"));
        f.sim.directory().updateUser("u-ann", u -> u.named("Ann Lee-Smith"));
        f.sim.directory().updateUser("u-bob", u -> u.in(null, "R&D"));
        f.sim.directory().updateUser("u-cid", u -> u.enabled(false));
        f.sim.directory().deleteUser("u-dee", true);

        SyncReport report = org.sync().runChanges();

        assertThat(report.failures()).isEmpty();
        assertThat(report.count(ChangeKind.MEMBER_CREATED)).isEqualTo(1);
        assertThat(report.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(2);
        assertThat(report.count(ChangeKind.DEPARTMENT_CREATED)).as("Finance").isEqualTo(1);
        assertThat(report.count(ChangeKind.DEPARTMENT_UPDATED) + report.count(ChangeKind.DEPARTMENT_RENAMED))
                .as("departments upserted unchanged")
                .isZero();
        assertThat(TeamsFixture.member(org, "u-ann").name()).isEqualTo("Ann Lee-Smith");
        assertThat(mainDepartmentName("u-bob")).isEqualTo("R&D");
        assertThat(mainDepartmentName("u-eve")).isEqualTo("Finance");
        assertThat(TeamsFixture.member(org, "u-cid").isActive()).isFalse();
        assertThat(TeamsFixture.member(org, "u-dee").isActive()).isFalse();
        assertThat(org.sync().runChanges().total()).as("the same round again").isZero();
    }

    @Test
    void aSoftDeletedUserResignsAndComesBackAsTheSameMemberWhenRestored() {
        Member before = TeamsFixture.member(org, "u-ann");
        f.sim.directory().deleteUser("u-ann", false);
        org.sync().runChanges();
        assertThat(TeamsFixture.member(org, "u-ann").isActive()).isFalse();

        f.sim.directory().restoreUser("u-ann");
        org.sync().runChanges();

        Member after = TeamsFixture.member(org, "u-ann");
        assertThat(after.isActive()).isTrue();
        assertThat(after.id()).isEqualTo(before.id());
    }

    @Test
    void aChangedUserListedWithOnlyItsChangedPropertiesIsReadAgain() {
        f.sim.partialDeltaUpdates(true);
        f.sim.directory().updateUser("u-bob", u -> u.in(null, "Finance").named("Bob Lim"));
        f.sim.resetCounters();

        org.sync().runChanges();

        assertThat(f.sim.calls("/v1.0/users/u-bob")).isEqualTo(1);
        assertThat(mainDepartmentName("u-bob")).isEqualTo("Finance");
        assertThat(TeamsFixture.member(org, "u-bob").name()).isEqualTo("Bob Lim");
    }

    @Test
    void manyChangesArriveOverSeveralPagesInOneRun() {
        for (int i = 0; i < 450; i++) {
            f.sim.directory().addUser(GraphUser.of("n" + i, "New " + i).in(null, "Ops"));
        }
        f.sim.resetCounters();

        SyncReport report = org.sync().runChanges();

        assertThat(report.count(ChangeKind.MEMBER_CREATED)).isEqualTo(450);
        assertThat(f.sim.calls("/v1.0/users/delta")).isEqualTo(3);
        assertThat(org.sync().runChanges().total()).isZero();
    }

    @Test
    void anExpiredDeltaTokenAsksForAFullSyncWhichStartsAfresh() {
        f.sim.directory().updateUser("u-ann", u -> u.named("Ann Expired"));
        f.sim.expireDeltaTokens();

        ProviderException e =
                catchThrowableOfType(ProviderException.class, () -> org.sync().runChanges());

        assertThat(e.code()).isEqualTo("cursor-expired");
        assertThat(e.getMessage()).contains("full sync").contains("sync().run()");
        assertThat(TeamsFixture.member(org, "u-ann").name()).isEqualTo("Ann Lee");
        org.sync().run();
        assertThat(TeamsFixture.member(org, "u-ann").name()).isEqualTo("Ann Expired");
        f.sim.directory().updateUser("u-ann", u -> u.named("Ann Again"));
        org.sync().runChanges();
        assertThat(TeamsFixture.member(org, "u-ann").name()).isEqualTo("Ann Again");
    }
}
