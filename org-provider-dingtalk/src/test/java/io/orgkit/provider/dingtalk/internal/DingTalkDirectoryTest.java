package io.orgkit.provider.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.members.PlatformAccount;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import io.orgkit.tck.dingtalk.SimDepartment;
import io.orgkit.tck.dingtalk.SimDirectory;
import io.orgkit.tck.dingtalk.SimUser;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DingTalkDirectoryTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start();
    private final DingTalkClient client = new DingTalkClient(
            Fixture.config(sim), Clock.systemUTC(), new Fixture.RecordingSleeper(), Fixture.NO_JITTER);

    @AfterEach
    void close() {
        client.close();
        sim.close();
    }

    @Test
    void a_department_with_more_users_than_a_page_is_read_to_the_end() {
        long big = sim.directory().addDepartment(SimDirectory.ROOT_ID, "Big");
        for (int i = 0; i < 250; i++) {
            sim.directory().addUser(SimUser.of("user" + i, "User " + i, big));
        }

        Fixture.Collected got = Fixture.fetch(client);

        assertThat(got.members).hasSize(250);
        assertThat(got.membersById().keySet()).hasSize(250).contains("user0", "user99", "user100", "user249");
        assertThat(sim.calls("/topapi/v2/user/list")).isEqualTo(1 + 3);
    }

    @Test
    void a_user_in_several_departments_is_handed_over_once_with_all_of_them_and_the_first_as_main() {
        long sales = sim.directory().addDepartment(SimDirectory.ROOT_ID, "Sales");
        long ops = sim.directory().addDepartment(SimDirectory.ROOT_ID, "Ops");
        sim.directory().addUser(SimUser.of("amy", "Amy", ops, sales, SimDirectory.ROOT_ID));

        Fixture.Collected got = Fixture.fetch(client);

        assertThat(got.members).hasSize(1);
        RemoteMember amy = got.members.get(0);
        assertThat(amy.departmentExternalIds()).containsExactly(Long.toString(ops), Long.toString(sales), "1");
        assertThat(amy.mainDepartmentExternalId()).isEqualTo(Long.toString(ops));
    }

    @Test
    void a_tree_nested_seven_levels_deep_arrives_whole_with_every_parent_before_its_children() {
        long parent = SimDirectory.ROOT_ID;
        for (int level = 1; level <= 7; level++) {
            parent = sim.directory().addDepartment(parent, "Level " + level);
            sim.directory().addDepartment(parent, "Side " + level);
        }

        Fixture.Collected got = Fixture.fetch(client);

        assertThat(got.departments).hasSize(15);
        Set<String> seen = new HashSet<>();
        for (RemoteDepartment d : got.departments) {
            assertThat(d.parentExternalId() == null || seen.contains(d.parentExternalId()))
                    .isTrue();
            seen.add(d.externalId());
        }
        assertThat(got.departments.get(0).parentExternalId()).isNull();
        assertThat(got.departmentsById().get(Long.toString(parent)).name()).isEqualTo("Level 7");
    }

    @Test
    void departments_carry_their_order_and_managers_and_members_their_details() {
        long rnd = sim.directory().addDepartment(5, SimDirectory.ROOT_ID, "R&D", 30);
        sim.directory().addDepartment(6, SimDirectory.ROOT_ID, "HR", 20);
        sim.directory()
                .addUser(new SimUser(
                        "bob", "Bob Li", "13900139000", "bob@acme.example", "E0002", "Engineer", List.of(rnd), false));
        sim.directory().setManagers(rnd, List.of("bob", "someone-outside-the-visible-scope"));

        Fixture.Collected got = Fixture.fetch(client);

        RemoteDepartment dept = got.departmentsById().get("5");
        assertThat(dept.order()).isEqualTo(30);
        assertThat(dept.parentExternalId()).isEqualTo("1");
        assertThat(dept.managerExternalIds()).containsExactly("bob");
        assertThat(got.departments).extracting(RemoteDepartment::name).containsExactly("Simulated Corp", "HR", "R&D");
        RemoteMember bob = got.membersById().get("bob");
        assertThat(bob)
                .isEqualTo(new RemoteMember(
                        "bob",
                        "Bob Li",
                        "E0002",
                        "13900139000",
                        "bob@acme.example",
                        "Engineer",
                        List.of("5"),
                        "5",
                        true,
                        PlatformAccount.NOT_ACTIVATED,
                        Set.of()));
    }

    @Test
    void a_full_fetch_makes_exactly_the_calls_the_page_sizes_imply_plus_one_token_call() {
        sim.generate(7, 120, 3_000, 6);

        Fixture.Collected got = Fixture.fetch(client);

        assertThat(got.departments).hasSize(sim.directory().departmentCount());
        assertThat(got.members).hasSize(sim.directory().userCount());
        assertThat(client.apiCalls())
                .isEqualTo(minimumCalls(sim.directory()) + 1)
                .isEqualTo(sim.totalCalls());
        assertThat(sim.tokenCalls()).isEqualTo(1);
    }

    @Test
    void every_generated_user_arrives_with_the_departments_the_platform_holds() {
        sim.generate(11, 40, 700, 6);

        Map<String, RemoteMember> got = Fixture.fetch(client).membersById();

        for (SimUser u : sim.directory().users()) {
            RemoteMember m = got.get(u.userid());
            assertThat(m.departmentExternalIds())
                    .containsExactlyElementsOf(
                            u.deptIds().stream().map(String::valueOf).toList());
            assertThat(m.active())
                    .as("listed users are members, activated or not")
                    .isTrue();
        }
    }

    @Test
    void a_user_who_has_not_activated_dingtalk_yet_is_still_a_member() {
        sim.directory().addUser(SimUser.of("newhire", "New Hire", SimDirectory.ROOT_ID));
        sim.directory().deactivateUser("newhire");

        RemoteMember m = Fixture.fetch(client).membersById().get("newhire");

        assertThat(m).isNotNull();
        assertThat(m.active()).isTrue();
        assertThat(m.account()).isEqualTo(PlatformAccount.NOT_ACTIVATED);
        assertThat(m.withheld()).isEmpty();
    }

    @Test
    void a_user_who_has_activated_dingtalk_is_marked_activated() {
        sim.directory().addUser(SimUser.of("veteran", "Veteran", SimDirectory.ROOT_ID));

        assertThat(Fixture.fetch(client).membersById().get("veteran").account()).isEqualTo(PlatformAccount.ACTIVATED);
    }

    @Test
    void a_department_of_exactly_one_page_and_an_empty_one_take_one_user_call_each() {
        long full = sim.directory().addDepartment(SimDirectory.ROOT_ID, "Full");
        for (int i = 0; i < 100; i++) {
            sim.directory().addUser(SimUser.of("user" + i, "User " + i, full));
        }

        Fixture.Collected got = Fixture.fetch(client);

        assertThat(got.members).hasSize(100);
        assertThat(sim.calls("/topapi/v2/user/list")).isEqualTo(2);
        assertThat(client.apiCalls()).isEqualTo(1 + 2 * 2 + 2);
    }

    /** 2 calls per department plus max(1, ceil(n/100)) user/list pages per department with n direct users. */
    static long minimumCalls(SimDirectory directory) {
        long calls = 0;
        for (SimDepartment d : directory.departments()) {
            int n = directory.usersIn(d.id()).size();
            calls += 2 + Math.max(1, (n + 99) / 100);
        }
        return calls;
    }
}
