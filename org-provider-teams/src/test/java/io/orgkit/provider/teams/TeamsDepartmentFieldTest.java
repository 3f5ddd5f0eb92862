package io.orgkit.provider.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.tck.graph.GraphUser;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The default mapping: departments from the users' department and companyName strings (docs' worked example). */
class TeamsDepartmentFieldTest {
    private final TeamsFixture f = new TeamsFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private GraphUser user(String id, String name, String company, String department) {
        return GraphUser.of(id, name).in(company, department);
    }

    /** The worked example of docs/providers/teams.md. */
    private void example() {
        f.sim.directory().addUser(user("u-ann", "Ann Lee", "Contoso", "Sales"));
        f.sim.directory().addUser(user("u-bob", "Bob Li", "Contoso", " sales "));
        f.sim.directory().addUser(user("u-cid", "Cid Wu", "Contoso", "R&D"));
        f.sim.directory().addUser(user("u-dee", "Dee Ma", "Fabrikam", "Sales"));
        f.sim.directory().addUser(user("u-eve", "Eve Ng", null, "Finance"));
        f.sim.directory().addUser(user("u-fay", "Fay Ho", null, null));
    }

    private Map<String, String> paths(Org org) {
        return org.departments().subtree(org.root().id()).stream()
                .collect(Collectors.toMap(
                        d -> org.departments().pathFromRoot(d.id()).stream()
                                .map(Department::name)
                                .collect(Collectors.joining(" / ")),
                        d -> String.valueOf(d.externalId())));
    }

    private String pathOf(Org org, Member m) {
        return org.departments().pathFromRoot(m.mainDepartmentId()).stream()
                .map(Department::name)
                .collect(Collectors.joining(" / "));
    }

    @Test
    void departmentStringsBecomeDepartmentsUnderTheirCompanyWithIdsFromTheirNames() {
        example();
        Org org = f.create(Map.of());

        SyncReport report = org.sync().run();

        assertThat(report.failures()).isEmpty();
        Map<String, String> paths = paths(org);
        assertThat(paths.keySet())
                .containsExactlyInAnyOrder(
                        "All users",
                        "All users / Contoso",
                        "All users / Contoso / R&D",
                        "All users / Contoso / Sales",
                        "All users / Fabrikam",
                        "All users / Fabrikam / Sales",
                        "All users / Finance");
        assertThat(paths.get("All users")).isEqualTo(f.sim.tenant());
        assertThat(paths.get("All users / Contoso")).startsWith("company-").hasSize(8 + 24);
        assertThat(paths.get("All users / Contoso / Sales")).startsWith("dept-").hasSize(5 + 24);
        // the ids the worked example of docs/providers/teams.md shows
        assertThat(paths.get("All users / Contoso")).isEqualTo("company-c6491728fd601d3ae71d0a87");
        assertThat(paths.get("All users / Contoso / Sales")).isEqualTo("dept-ba1ed9a7e38651e4e5c1e853");
        assertThat(paths.get("All users / Fabrikam / Sales")).isEqualTo("dept-cd7fee4cb555916ba387837b");
        assertThat(paths.get("All users / Finance")).isEqualTo("dept-37a8ab77574859279c4d45ad");
        assertThat(paths.get("All users / Contoso / Sales")).isNotEqualTo(paths.get("All users / Fabrikam / Sales"));
        assertThat(pathOf(org, TeamsFixture.member(org, "u-bob"))).isEqualTo("All users / Contoso / Sales");
        assertThat(pathOf(org, TeamsFixture.member(org, "u-eve"))).isEqualTo("All users / Finance");
        assertThat(pathOf(org, TeamsFixture.member(org, "u-fay"))).isEqualTo("All users");
    }

    @Test
    void theIdsAreTheSameForAnotherOrganizationAndAnotherSpelling() {
        example();
        Org first = f.create(Map.of());
        first.sync().run();
        f.sim.directory().updateUser("u-ann", u -> u.in("CONTOSO", "SALES"));
        f.sim.directory().updateUser("u-bob", u -> u.in("CONTOSO", "SALES"));
        Org second = f.create(Map.of(Teams.ROOT_NAME, "Staff"));
        second.sync().run();

        assertThat(paths(second).get("Staff / CONTOSO / SALES"))
                .isEqualTo(paths(first).get("All users / Contoso / Sales"));
    }

    @Test
    void aDisabledAccountResignsAndReEnablingRestoresTheSameMember() {
        example();
        Org org = f.create(Map.of());
        org.sync().run();
        Member before = TeamsFixture.member(org, "u-cid");

        f.sim.directory().updateUser("u-cid", u -> u.enabled(false));
        org.sync().run();
        assertThat(TeamsFixture.member(org, "u-cid").isActive()).isFalse();

        f.sim.directory().updateUser("u-cid", u -> u.enabled(true));
        org.sync().run();
        Member after = TeamsFixture.member(org, "u-cid");
        assertThat(after.isActive()).isTrue();
        assertThat(after.id()).isEqualTo(before.id());
    }

    @Test
    void aFullSyncTakesTheTokenTheDeltaStartAndOnePagePer999Users() {
        for (int i = 0; i < 2_000; i++) {
            f.sim.directory().addUser(user("u" + i, "User " + i, null, "Team " + (i % 7)));
        }
        Org org = f.create(Map.of());
        f.sim.resetCounters();

        SyncReport report = org.sync().run();

        assertThat(org.members().count()).isEqualTo(2_000);
        assertThat(f.sim.calls("/v1.0/users")).isEqualTo(3);
        assertThat(f.sim.calls("/v1.0/users/delta")).isEqualTo(1);
        assertThat(report.apiCalls()).isLessThanOrEqualTo(1 + 1 + 3);
        assertThat(org.departments().children(org.root().id())).hasSize(7);
    }

    @Test
    void phonesMailTitleAndEmployeeIdAreMapped() {
        f.sim.directory()
                .addUser(new GraphUser(
                        "u-gus",
                        "Gus Yu",
                        "gus@contoso.example",
                        "gus@contoso.example",
                        null,
                        List.of("+1 425 555 0109"),
                        "Engineer",
                        "R&D",
                        null,
                        "E-42",
                        true,
                        null));
        Org org = f.create(Map.of());
        org.sync().run();

        Member gus = TeamsFixture.member(org, "u-gus");
        assertThat(gus.email()).isEqualTo("gus@contoso.example");
        assertThat(gus.position()).isEqualTo("Engineer");
        assertThat(gus.employeeId()).isEqualTo("E-42");
        assertThat(gus.phone()).isNotNull().contains("4255550109");
    }
}
