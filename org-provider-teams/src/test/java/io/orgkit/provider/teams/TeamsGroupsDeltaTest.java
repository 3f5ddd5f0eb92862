package io.orgkit.provider.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.Org;
import io.orgkit.core.ProviderException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.sync.SyncKind;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.tck.graph.GraphDirectory;
import io.orgkit.tck.graph.GraphUser;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The GROUPS mapping kept current by {@code /users/delta} and {@code /groups/delta} together; after each round the
 * organization equals a fresh full sync of the same simulator state.
 */
class TeamsGroupsDeltaTest {
    private static final String ROOT = GraphDirectory.ROOT_GROUP;
    private static final Map<String, String> GROUPS =
            Map.of(Teams.DEPARTMENT_MAPPING, "GROUPS", Teams.ROOT_GROUP_ID, ROOT);

    private final TeamsFixture f = new TeamsFixture();
    private GraphDirectory d;
    private String sales;
    private String rnd;
    private Org org;

    @BeforeEach
    void synced() {
        d = f.sim.directory();
        d.addUser(GraphUser.of("u-ann", "Ann Lee"));
        d.addUser(GraphUser.of("u-bob", "Bob Li"));
        d.addUser(GraphUser.of("u-cid", "Cid Wu"));
        d.addUser(GraphUser.of("u-out", "Out Side"));
        sales = d.addGroup(ROOT, "Sales");
        rnd = d.addGroup(ROOT, "R&D");
        d.addMember(sales, "u-ann");
        d.addMember(sales, "u-bob");
        d.addMember(rnd, "u-cid");
        d.setOwners(sales, List.of("u-ann"));
        org = f.create(GROUPS);
        org.sync().run();
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** The departments (by external path, with name and managers) and the active members with their departments. */
    private static TreeSet<String> picture(Org o) {
        TreeSet<String> out = new TreeSet<>();
        List<Department> all = o.departments().subtree(o.root().id());
        Map<DepartmentId, Department> byId =
                all.stream().collect(Collectors.toMap(Department::id, Function.identity()));
        Map<String, String> memberExt = o.members().list().stream()
                .collect(Collectors.toMap(m -> m.id().toString(), m -> String.valueOf(m.externalId())));
        for (Department dep : all) {
            String path = o.departments().pathFromRoot(dep.id()).stream()
                    .map(x -> String.valueOf(x.externalId()))
                    .collect(Collectors.joining("/"));
            out.add("D " + path + " name=" + dep.name() + " managers="
                    + dep.managerIds().stream()
                            .map(id -> memberExt.getOrDefault(id.toString(), "?"))
                            .sorted()
                            .toList());
        }
        for (Member m : o.members().list()) {
            if (m.status() != MemberStatus.ACTIVE) {
                continue;
            }
            out.add("M " + m.externalId() + " name=" + m.name() + " in="
                    + m.departmentIds().stream()
                            .map(id -> String.valueOf(byId.get(id).externalId()))
                            .sorted()
                            .toList()
                    + " main=" + byId.get(m.mainDepartmentId()).externalId());
        }
        return out;
    }

    private SyncReport roundEqualsAFullSync() {
        SyncReport report = org.sync().runChanges();
        assertThat(report.kind()).isEqualTo(SyncKind.CHANGES);
        assertThat(report.failures()).isEmpty();
        Org fresh = f.create(GROUPS);
        fresh.sync().run();
        assertThat(picture(org)).isEqualTo(picture(fresh));
        return report;
    }

    @Test
    void aRoundWithNoChangeIsTwoCalls() {
        org.sync().runChanges();
        f.sim.resetCounters();

        SyncReport report = org.sync().runChanges();

        assertThat(report.total()).isZero();
        assertThat(f.sim.totalCalls()).isEqualTo(2);
        assertThat(f.sim.calls("/v1.0/users/delta")).isEqualTo(1);
        assertThat(f.sim.calls("/v1.0/groups/delta")).isEqualTo(1);
    }

    @Test
    void aRoundCostsTheDeltasPlusTheLookupsItsChangesNeed() {
        org.sync().runChanges();
        d.renameGroup(rnd, "Research");
        f.sim.resetCounters();
        org.sync().runChanges();
        // 2 deltas + memberOf(R&D) + owners(R&D), which has none
        assertThat(f.sim.totalCalls()).isEqualTo(4);

        d.addMember(rnd, "u-bob");
        f.sim.resetCounters();
        org.sync().runChanges();
        // 2 deltas + memberOf(R&D) + memberOf(u-bob) + memberOf(Sales) + users/u-bob + owners(R&D)
        assertThat(f.sim.totalCalls()).isEqualTo(7);
    }

    @Test
    void aRenamedGroupIsRenamed() {
        d.renameGroup(sales, "Sales & Marketing");

        roundEqualsAFullSync();

        assertThat(picture(org)).anyMatch(s -> s.contains("name=Sales & Marketing managers=[u-ann]"));
    }

    @Test
    void aNewNestedGroupWithAUserComesUnderItsParent() {
        String emea = d.addGroup(sales, "EMEA");
        d.addUser(GraphUser.of("u-dee", "Dee Ma"));
        d.addMember(emea, "u-dee");

        roundEqualsAFullSync();

        assertThat(picture(org)).contains("M u-dee name=Dee Ma in=[" + emea + "] main=" + emea);
        assertThat(picture(org)).anyMatch(s -> s.startsWith("D " + ROOT + "/" + sales + "/" + emea + " name=EMEA"));
    }

    @Test
    void aUserAddedToASecondGroupIsInBothAndRemovedFromItsLastGroupLeaves() {
        d.addMember(rnd, "u-ann");
        d.removeMember(rnd, "u-cid");

        roundEqualsAFullSync();

        assertThat(picture(org)).contains("M u-ann name=Ann Lee in=[" + sales + ", " + rnd + "] main=" + sales);
        assertThat(TeamsFixture.member(org, "u-cid").status()).isEqualTo(MemberStatus.RESIGNED);
    }

    @Test
    void aUserInTwoGroupsHasItsDepartmentPropertyAsMainAndLosesOneGroup() {
        d.updateUser("u-bob", u -> u.in(null, "R&D"));
        d.addMember(rnd, "u-bob");

        roundEqualsAFullSync();
        assertThat(picture(org)).contains("M u-bob name=Bob Li in=[" + sales + ", " + rnd + "] main=" + rnd);

        d.removeMember(rnd, "u-bob");
        roundEqualsAFullSync();
        assertThat(picture(org)).contains("M u-bob name=Bob Li in=[" + sales + "] main=" + sales);
    }

    @Test
    void aGroupTakenOutOfTheTreeLeavesWithItsSubtreeAndADeletedGroupIsRemoved() {
        String temp = d.addGroup(rnd, "Temp");
        String deep = d.addGroup(temp, "Deep");
        String gone = d.addGroup(ROOT, "Gone");
        d.addUser(GraphUser.of("u-dee", "Dee Ma"));
        d.addMember(deep, "u-dee");
        d.addMember(temp, "u-cid");
        org.sync().runChanges();
        assertThat(picture(org)).anyMatch(s -> s.contains("name=Deep"));
        assertThat(picture(org)).contains("M u-dee name=Dee Ma in=[" + deep + "] main=" + deep);

        d.removeMember(rnd, temp);
        d.deleteGroup(gone);

        roundEqualsAFullSync();
        assertThat(picture(org))
                .noneMatch(s -> s.contains("name=Temp") || s.contains("name=Deep") || s.contains("name=Gone"));
        assertThat(TeamsFixture.member(org, "u-dee").status()).isEqualTo(MemberStatus.RESIGNED);
        assertThat(picture(org)).contains("M u-cid name=Cid Wu in=[" + rnd + "] main=" + rnd);
    }

    /** Graph cannot list a deleted group's members: they move up (as the engine does) until the next full sync. */
    @Test
    void theMembersOfADeletedGroupMoveUpUntilTheNextFullSync() {
        String gone = d.addGroup(ROOT, "Gone");
        d.addMember(gone, "u-bob");
        org.sync().runChanges();
        d.deleteGroup(gone);

        SyncReport report = org.sync().runChanges();

        assertThat(report.failures()).isEmpty();
        assertThat(picture(org)).noneMatch(s -> s.contains("name=Gone"));
        assertThat(picture(org)).contains("M u-bob name=Bob Li in=[" + ROOT + ", " + sales + "] main=" + sales);
        org.sync().run();
        assertThat(picture(org)).contains("M u-bob name=Bob Li in=[" + sales + "] main=" + sales);
    }

    @Test
    void changesOutsideTheTreeChangeNothing() {
        String other = d.addGroup(ROOT, "Other");
        d.removeMember(ROOT, other);
        org.sync().runChanges();
        d.addMember(other, "u-out");
        d.renameGroup(other, "Other 2");
        d.updateUser("u-out", u -> u.named("Still Outside"));

        SyncReport report = roundEqualsAFullSync();

        assertThat(report.total()).isZero();
    }

    @Test
    void manyChangesOverSeveralUsersDeltaPagesAreAppliedInOneRun() {
        for (int i = 0; i < 250; i++) {
            String id = String.format("u-n%03d", i);
            d.addUser(GraphUser.of(id, "New " + i));
            d.addMember(i % 2 == 0 ? sales : rnd, id);
        }

        roundEqualsAFullSync();

        assertThat(f.sim.calls("/v1.0/users/delta")).isGreaterThanOrEqualTo(2);
        assertThat(picture(org)).contains("M u-n249 name=New 249 in=[" + rnd + "] main=" + rnd);
        assertThat(org.sync().runChanges().total()).isZero();
    }

    @Test
    void aUserDeletedInEntraResigns() {
        d.deleteUser("u-bob", true);

        roundEqualsAFullSync();

        assertThat(TeamsFixture.member(org, "u-bob").status()).isEqualTo(MemberStatus.RESIGNED);
    }

    @Test
    void anExpiredDeltaTokenAsksForAFullSyncWhichStartsAfresh() {
        d.renameGroup(sales, "Sales Expired");
        f.sim.expireDeltaTokens();

        ProviderException e =
                catchThrowableOfType(ProviderException.class, () -> org.sync().runChanges());

        assertThat(e.code()).isEqualTo("cursor-expired");
        assertThat(e.getMessage()).contains("sync().run()");
        assertThat(picture(org)).noneMatch(s -> s.contains("Sales Expired"));
        org.sync().run();
        d.renameGroup(sales, "Sales Again");
        roundEqualsAFullSync();
        assertThat(picture(org)).anyMatch(s -> s.contains("name=Sales Again"));
    }
}
