package io.orgkit.provider.teams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.tck.graph.GraphDirectory;
import io.orgkit.tck.graph.GraphSimulator;
import io.orgkit.tck.graph.GraphUser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The GROUPS mapping's tree rules: nesting, first parent wins, cycles, owners, main department, pages. */
class GroupWalkTest {
    private final GraphSimulator sim = GraphSimulator.start();
    private final Fixture.RecordingSleeper sleeper = new Fixture.RecordingSleeper();

    @AfterEach
    void stop() {
        sim.close();
    }

    private Fixture.Collected fetch() {
        try (GraphClient client = Fixture.client(
                Fixture.builder(sim, sim.clientSecret())
                        .rootGroup(GraphDirectory.ROOT_GROUP)
                        .build(),
                java.time.Clock.systemUTC(),
                sleeper)) {
            return Fixture.fetch(client);
        }
    }

    @Test
    void nestedGroupsFormTheTreeAGroupInTwoParentsSitsUnderTheFirstAndCyclesAreCut() {
        GraphDirectory d = sim.directory();
        String rnd = d.addGroup(GraphDirectory.ROOT_GROUP, "R&D");
        String sales = d.addGroup(GraphDirectory.ROOT_GROUP, "Sales");
        String shared = d.addGroup(rnd, "Shared");
        d.addMember(sales, shared);
        d.addMember(shared, rnd);

        Fixture.Collected c = fetch();

        assertThat(c.departments).hasSize(4);
        assertThat(c.department(GraphDirectory.ROOT_GROUP).parentExternalId()).isNull();
        assertThat(c.department(shared).parentExternalId()).isEqualTo(rnd);
        assertThat(c.department(rnd).parentExternalId()).isEqualTo(GraphDirectory.ROOT_GROUP);
        assertThat(c.department(sales).order()).isEqualTo(1);
    }

    @Test
    void ownersWhoAreMembersManageAndTheDepartmentPropertyPicksTheMainGroup() {
        GraphDirectory d = sim.directory();
        String rnd = d.addGroup(GraphDirectory.ROOT_GROUP, "R&D");
        String sales = d.addGroup(GraphDirectory.ROOT_GROUP, "Sales");
        d.addUser(GraphUser.of("u-ann", "Ann").in(null, "sales"));
        d.addUser(GraphUser.of("u-out", "Outsider"));
        d.addMember(rnd, "u-ann");
        d.addMember(sales, "u-ann");
        d.setOwners(rnd, List.of("u-ann", "u-out"));

        Fixture.Collected c = fetch();

        assertThat(c.member("u-ann").departmentExternalIds()).containsExactly(rnd, sales);
        assertThat(c.member("u-ann").mainDepartmentExternalId()).isEqualTo(sales);
        assertThat(c.department(rnd).managerExternalIds())
                .as("an owner outside the tree is no manager")
                .containsExactly("u-ann");
        assertThat(c.members).extracting(m -> m.externalId()).containsExactly("u-ann");
    }

    @Test
    void aGroupOfMoreThan999MembersIsReadPageByPage() {
        GraphDirectory d = sim.directory();
        String big = d.addGroup(GraphDirectory.ROOT_GROUP, "Big");
        for (int i = 0; i < 1_500; i++) {
            d.addUser(GraphUser.of("p" + i, "Person " + i));
            d.addMember(big, "p" + i);
        }
        sim.resetCounters();

        Fixture.Collected c = fetch();

        assertThat(c.members).hasSize(1_500);
        assertThat(sim.calls("/v1.0/groups/" + big + "/members")).isEqualTo(2);
    }
}
