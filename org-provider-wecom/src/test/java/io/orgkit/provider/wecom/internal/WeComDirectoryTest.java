package io.orgkit.provider.wecom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.provider.support.ParallelFetch;
import io.orgkit.provider.wecom.Listing;
import io.orgkit.tck.wecom.WeComSimDirectory;
import io.orgkit.tck.wecom.WeComSimUser;
import io.orgkit.tck.wecom.WeComSimulator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WeComDirectoryTest {
    private static final long ROOT = WeComSimDirectory.ROOT_ID;
    private final WeComSimulator sim = WeComSimulator.start();
    private final Fixture.RecordingSleeper sleeper = new Fixture.RecordingSleeper();

    @AfterEach
    void close() {
        sim.close();
    }

    private Fixture.Collected fetch(Listing departments, Listing members) {
        try (WeComClient client = Fixture.client(Fixture.config(sim, departments, members), sleeper)) {
            return Fixture.fetch(client);
        }
    }

    @Test
    void statusesAreMappedDisabledAndNotActivatedStayMembersAndLeftIsAbsent() {
        for (int status : List.of(1, 2, 4, 5)) {
            sim.directory()
                    .addUser(WeComSimUser.of("s" + status, "Status " + status, ROOT)
                            .withStatus(status));
        }

        Fixture.Collected got = fetch(Listing.AUTO, Listing.AUTO);

        assertThat(got.members).extracting(RemoteMember::externalId).containsExactly("s1", "s2", "s4");
        assertThat(got.members).allMatch(RemoteMember::active);
    }

    @Test
    void departmentsComeParentFirstInWeComsOrderWithTheirLeaders() {
        long a = sim.directory().addDepartment(10, ROOT, "A", 50);
        long b = sim.directory().addDepartment(11, ROOT, "B", 90);
        long c = sim.directory().addDepartment(12, a, "C", 1);
        sim.directory().addUser(WeComSimUser.of("lead", "Lead", a));
        sim.directory().setLeaders(a, List.of("lead"));

        Fixture.Collected got = fetch(Listing.LIST, Listing.LIST);

        assertThat(got.departments).extracting(RemoteDepartment::externalId).containsExactly("1", "11", "10", "12");
        assertThat(got.departmentsById().get("12").parentExternalId()).isEqualTo("10");
        assertThat(got.departmentsById().get("1").parentExternalId()).isNull();
        assertThat(got.departmentsById().get("10").managerExternalIds()).containsExactly("lead");
        assertThat(got.departmentsById().get("11").order())
                .isLessThan(got.departmentsById().get("10").order());
        assertThat(b).isEqualTo(11);
        assertThat(c).isEqualTo(12);
    }

    @Test
    void aMemberCarriesItsMainDepartmentAllDepartmentsPositionAndEmployeeIdOnce() {
        long a = sim.directory().addDepartment(ROOT, "A");
        long b = sim.directory().addDepartment(ROOT, "B");
        sim.directory()
                .addUser(new WeComSimUser(
                        "amy", "Amy", "13800000001", "amy@corp.example", "Engineer", "E001", List.of(a, b), b, 1));

        Fixture.Collected got = fetch(Listing.AUTO, Listing.AUTO);

        assertThat(got.members).hasSize(1);
        RemoteMember amy = got.members.get(0);
        assertThat(amy.departmentExternalIds()).containsExactly(Long.toString(a), Long.toString(b));
        assertThat(amy.mainDepartmentExternalId()).isEqualTo(Long.toString(b));
        assertThat(amy.position()).isEqualTo("Engineer");
        assertThat(amy.employeeId()).isEqualTo("E001");
        assertThat(amy.phone()).isEqualTo("13800000001");
        assertThat(amy.email()).isEqualTo("amy@corp.example");
    }

    @Test
    void aFullFetchWithTheListCallsTakesOneDepartmentCallAndOneUserListPerDepartment() {
        sim.generate(3, 40, 600, 5);

        Fixture.Collected got = fetch(Listing.LIST, Listing.LIST);

        assertThat(got.departments).hasSize(40);
        assertThat(sim.callsByPath())
                .containsEntry("/cgi-bin/gettoken", 1L)
                .containsEntry("/cgi-bin/department/list", 1L)
                .containsEntry("/cgi-bin/user/list", 40L);
        assertThat(sim.totalCalls()).isEqualTo(1 + 1 + 40);
        assertThat(ids(got)).isEqualTo(expectedMembers());
    }

    @Test
    void theIdListsGiveTheSameDirectoryWithOneReadPerDepartmentAndPerMember() {
        sim.generate(4, 30, 300, 4);
        Fixture.Collected listed = fetch(Listing.LIST, Listing.LIST);
        sim.resetCounters();

        Fixture.Collected byIds = fetch(Listing.IDS, Listing.IDS);

        assertThat(byIds.departments).isEqualTo(listed.departments);
        assertThat(new HashSet<>(byIds.members)).isEqualTo(new HashSet<>(listed.members));
        assertThat(sim.calls("/cgi-bin/department/simplelist")).isEqualTo(1);
        assertThat(sim.calls("/cgi-bin/department/get")).isEqualTo(30);
        assertThat(sim.calls("/cgi-bin/user/list_id")).isEqualTo(1);
        assertThat(sim.calls("/cgi-bin/user/get")).isEqualTo(300);
    }

    @Test
    void theUserListsOfDifferentDepartmentsAreReadInParallelWithinMaxInFlight() {
        sim.generate(8, 24, 100, 3);
        sim.latency(java.time.Duration.ofMillis(20));
        try (WeComClient client =
                Fixture.client(Fixture.config(sim, sim.secret(), Listing.LIST, Listing.LIST, 4), sleeper)) {
            assertThat(Fixture.fetch(client).departments).hasSize(24);
        }

        assertThat(sim.peakInFlight()).isBetween(2, 4);
    }

    @Test
    void userListIdIsFollowedCursorByCursorToTheEnd() {
        sim.generate(5, 6, 40, 2);
        try (WeComClient client = Fixture.client(Fixture.config(sim), sleeper);
                ParallelFetch parallel = new ParallelFetch(4, "t")) {
            List<JsonNode> users = new MemberRead(client, parallel, 7)
                    .read(
                            Listing.IDS,
                            sim.directory().departments().stream()
                                    .map(d -> Long.toString(d.id()))
                                    .toList());

            assertThat(users).hasSize(40);
        }
        long pairs = sim.directory().users().stream()
                .mapToLong(u -> u.departments().size())
                .sum();
        assertThat(sim.calls("/cgi-bin/user/list_id")).isEqualTo((pairs + 6) / 7);
    }

    @Test
    void autoFallsBackToTheIdListsWhenWeComRefusesTheListCallsWith48009() {
        sim.generate(6, 12, 80, 3);
        Fixture.Collected listed = fetch(Listing.LIST, Listing.LIST);
        sim.refuse(WeComSimulator.Refusal.LIST_FORBIDDEN);
        sim.resetCounters();

        Fixture.Collected auto = fetch(Listing.AUTO, Listing.AUTO);

        assertThat(auto.departments).isEqualTo(listed.departments);
        assertThat(new HashSet<>(auto.members)).isEqualTo(new HashSet<>(listed.members));
        assertThat(sim.calls("/cgi-bin/department/list")).isEqualTo(1);
        assertThat(sim.calls("/cgi-bin/user/list")).isEqualTo(1);
        assertThat(sim.calls("/cgi-bin/user/get")).isEqualTo(80);
    }

    @Test
    void listWithoutFallbackNamesTheRefusalAndTheSettingToChange() {
        sim.refuse(WeComSimulator.Refusal.LIST_FORBIDDEN);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> fetch(Listing.LIST, Listing.LIST));

        assertThat(e.code()).isEqualTo("48009");
        assertThat(e.getMessage()).contains("departmentListing").contains("IDS");
    }

    @Test
    void withoutTheRootDepartmentTheFetchFailsNamingTheVisibleRange() {
        sim.refuse(WeComSimulator.Refusal.NOT_VISIBLE);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> fetch(Listing.AUTO, Listing.AUTO));

        assertThat(e.code()).isEqualTo("60011");
        assertThat(e.getMessage()).contains("可见范围");
    }

    @Test
    void oneMemberAndOneDepartmentAreReadForCallbacks() {
        long a = sim.directory().addDepartment(ROOT, "A");
        sim.directory().addUser(WeComSimUser.of("amy", "Amy", a));
        sim.directory().addUser(WeComSimUser.of("gone", "Gone", a).withStatus(5));
        try (WeComDirectory dir = new WeComDirectory(Fixture.client(Fixture.config(sim), sleeper))) {
            assertThat(dir.member("amy"))
                    .map(RemoteMember::departmentExternalIds)
                    .contains(List.of(Long.toString(a)));
            assertThat(dir.member("gone")).isEmpty();
            assertThat(dir.member("nobody")).isEmpty();
            assertThat(dir.member("x".repeat(65))).isEmpty();
            assertThat(dir.department(Long.toString(a)))
                    .map(RemoteDepartment::parentExternalId)
                    .contains("1");
            assertThat(dir.department("1"))
                    .map(RemoteDepartment::parentExternalId)
                    .isEmpty();
            assertThat(dir.department("999")).isEmpty();
            assertThat(dir.department("not-a-number")).isEmpty();
        }
    }

    @Test
    void theFieldsOfThe2022RestrictionAreLeftOutAndSaidToBeUnsent() throws Exception {
        sim.directory()
                .addUser(new WeComSimUser(
                        "amy", "Amy", "13800000001", "amy@corp.example", null, null, List.of(ROOT), ROOT, 1));
        sim.restrictFields(true);

        Fixture.Collected got = fetch(Listing.AUTO, Listing.AUTO);

        assertThat(got.members.get(0).phone()).isNull();
        assertThat(got.members.get(0).email()).isNull();
        ObjectMapper json = new ObjectMapper();
        WeComMembers.Mapped restricted = WeComMembers.map(
                        json.readTree("{\"userid\":\"amy\",\"name\":\"Amy\",\"department\":[1],\"status\":4}"),
                        d -> true,
                        "工号")
                .orElseThrow();
        WeComMembers.Mapped full = WeComMembers.map(
                        json.readTree("{\"userid\":\"amy\",\"name\":\"Amy\",\"department\":[1],\"status\":2,"
                                + "\"mobile\":\"13800000001\",\"email\":\"\",\"avatar\":\"x\"}"),
                        d -> true,
                        "工号")
                .orElseThrow();
        assertThat(restricted.sent()).isEmpty();
        assertThat(restricted.status()).isEqualTo(WeComMembers.Status.NOT_ACTIVATED);
        assertThat(full.sent()).containsExactly("mobile", "email", "avatar");
        assertThat(full.status()).isEqualTo(WeComMembers.Status.DISABLED);
    }

    private Set<String> expectedMembers() {
        return sim.directory().users().stream()
                .filter(u -> u.status() != 5)
                .map(WeComSimUser::userid)
                .collect(Collectors.toSet());
    }

    private static Set<String> ids(Fixture.Collected got) {
        return got.members.stream().map(RemoteMember::externalId).collect(Collectors.toSet());
    }
}
