package io.orgkit.provider.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.provider.dingtalk.DepartmentDetail;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import io.orgkit.tck.dingtalk.SimDirectory;
import io.orgkit.tck.dingtalk.SimUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The department strategies (FULL, LISTSUB) and the parallel fetch. */
class FetchStrategyTest {
    private static final int DEPARTMENTS = 40;
    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(7, DEPARTMENTS, 400, 5);
    private final Fixture.RecordingSleeper sleeper = new Fixture.RecordingSleeper();

    @AfterEach
    void close() {
        sim.close();
    }

    private Fixture.Collected fetch(DepartmentDetail detail, int maxInFlight) {
        sim.resetCounters();
        try (DingTalkClient client = new DingTalkClient(
                Fixture.config(sim, detail, maxInFlight), Clock.systemUTC(), sleeper, Fixture.NO_JITTER)) {
            return Fixture.fetch(client);
        }
    }

    @Test
    void a_parallel_fetch_hands_over_exactly_what_a_serial_one_does_in_the_same_order() {
        Fixture.Collected serial = fetch(DepartmentDetail.FULL, 1);
        Fixture.Collected parallel = fetch(DepartmentDetail.FULL, 8);

        assertThat(parallel.departments).containsExactlyElementsOf(serial.departments);
        assertThat(parallel.members).containsExactlyElementsOf(serial.members);
        assertThat(serial.departments).hasSize(sim.directory().departmentCount());
    }

    @Test
    void a_parallel_fetch_never_has_more_calls_in_flight_than_allowed() {
        sim.latency(Duration.ofMillis(20));

        fetch(DepartmentDetail.FULL, 4);

        assertThat(sim.peakInFlight()).isBetween(2, 4);
    }

    @Test
    void listsub_reads_each_department_with_one_call_and_full_with_two() {
        Fixture.Collected full = fetch(DepartmentDetail.FULL, 8);
        long fullCalls = sim.totalCalls();
        long pages = sim.calls("/topapi/v2/user/list");
        Fixture.Collected listsub = fetch(DepartmentDetail.LISTSUB, 8);
        long listsubCalls = sim.totalCalls();
        int d = sim.directory().departmentCount();

        assertThat(fullCalls).isEqualTo(1 + 2L * d + pages);
        assertThat(listsubCalls).isEqualTo(1 + 1 + d + pages);
        assertThat(sim.calls("/topapi/v2/department/listsub")).isEqualTo(d);
        assertThat(sim.calls("/topapi/v2/department/get")).isEqualTo(1);
        assertThat(listsub.members).containsExactlyElementsOf(full.members);
    }

    @Test
    void listsub_keeps_names_and_parents_takes_managers_from_leader_flags_and_orders_siblings_by_listing() {
        Fixture.Collected full = fetch(DepartmentDetail.FULL, 8);
        Fixture.Collected listsub = fetch(DepartmentDetail.LISTSUB, 8);

        assertThat(listsub.departments)
                .extracting(RemoteDepartment::externalId, RemoteDepartment::parentExternalId, RemoteDepartment::name)
                .containsExactlyElementsOf(full.departments.stream()
                        .map(dep -> org.assertj.core.groups.Tuple.tuple(
                                dep.externalId(), dep.parentExternalId(), dep.name()))
                        .toList());
        for (RemoteDepartment dep : listsub.departments) {
            RemoteDepartment same = full.departmentsById().get(dep.externalId());
            assertThat(dep.managerExternalIds()).containsExactlyInAnyOrderElementsOf(same.managerExternalIds());
        }
        assertThat(full.departments.stream()
                        .anyMatch(dep -> !dep.managerExternalIds().isEmpty()))
                .isTrue();
    }

    @Test
    void under_listsub_a_manager_who_is_not_a_direct_member_of_the_department_is_not_seen() {
        sim.reset();
        long sales = sim.directory().addDepartment(SimDirectory.ROOT_ID, "Sales");
        sim.directory().addUser(SimUser.of("boss", "Boss", SimDirectory.ROOT_ID));
        sim.directory().setManagers(sales, List.of("boss"));

        assertThat(fetch(DepartmentDetail.FULL, 8)
                        .departmentsById()
                        .get(Long.toString(sales))
                        .managerExternalIds())
                .containsExactly("boss");
        assertThat(fetch(DepartmentDetail.LISTSUB, 8)
                        .departmentsById()
                        .get(Long.toString(sales))
                        .managerExternalIds())
                .isEmpty();
    }

    @Test
    void a_failing_call_in_a_parallel_fetch_fails_it_whole_and_hands_over_nothing() {
        sim.faults().failFromCall(30, 500);
        Fixture.Collected got = new Fixture.Collected();

        try (DingTalkClient client = new DingTalkClient(
                Fixture.config(sim, DepartmentDetail.LISTSUB, 8), Clock.systemUTC(), sleeper, Fixture.NO_JITTER)) {
            ProviderException e =
                    catchThrowableOfType(ProviderException.class, () -> new DingTalkDirectory(client).fetchAll(got));
            assertThat(e.code()).isEqualTo("http-500");
        }
        assertThat(got.departments).isEmpty();
        assertThat(got.members).isEmpty();
    }

    @Test
    void a_429_with_retry_after_is_waited_for_then_the_call_succeeds() {
        sim.faults().retryAfterNext(1, Duration.ofSeconds(3));

        Fixture.Collected got = fetch(DepartmentDetail.FULL, 1);

        assertThat(got.departments).hasSize(sim.directory().departmentCount());
        assertThat(sleeper.pauses).containsExactly(Duration.ofSeconds(3));
    }
}
