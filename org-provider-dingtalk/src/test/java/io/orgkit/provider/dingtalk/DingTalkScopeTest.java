package io.orgkit.provider.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.members.Member;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import io.orgkit.tck.dingtalk.SimDirectory;
import io.orgkit.tck.dingtalk.SimUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The DingTalk directory reads only what a sync scope takes: excluded and unrelated departments cost no call. */
class DingTalkScopeTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start();
    private long info;
    private long dev;
    private long outsourcing;
    private long outsourcingTeam;
    private long sales;

    @BeforeEach
    void company() {
        SimDirectory d = sim.directory();
        d.clear();
        info = d.addDepartment(SimDirectory.ROOT_ID, "信息部");
        dev = d.addDepartment(info, "开发组");
        outsourcing = d.addDepartment(info, "外包");
        outsourcingTeam = d.addDepartment(outsourcing, "外包一组");
        sales = d.addDepartment(SimDirectory.ROOT_ID, "销售部");
        for (int i = 0; i < 10; i++) {
            d.addDepartment(sales, "销售" + i + "组");
        }
        d.addUser(SimUser.of("ann", "Ann", dev));
        d.addUser(SimUser.of("bob", "Bob", outsourcing));
        d.addUser(SimUser.of("cid", "Cid", sales, info));
        d.addUser(SimUser.of("dee", "Dee", sales));
        d.addUser(SimUser.of("eve", "Eve", SimDirectory.ROOT_ID));
        d.addUser(SimUser.of("fay", "Fay", outsourcingTeam));
        sim.resetCounters();
    }

    @AfterEach
    void close() {
        sim.close();
    }

    private Map<String, String> settings(DepartmentDetail detail) {
        return Map.of(
                DingTalk.BASE_URL,
                sim.baseUrl().toString(),
                DingTalk.DEPARTMENT_DETAIL,
                detail.name(),
                "corpId",
                "dingcorp0001",
                "agentId",
                "100001",
                "appKey",
                sim.appKey());
    }

    private Fetched fetch(DepartmentDetail detail, SyncScope scope) {
        ProviderSettings settings =
                new ProviderSettings(settings(detail), Map.of(DingTalk.APP_SECRET, Secret.of(sim.appSecret())));
        Fetched out = new Fetched();
        try (DirectorySource source = new DingTalkProvider().openDirectory(settings)) {
            source.fetchAll(out, scope);
            out.calls = source.apiCalls();
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(DepartmentDetail.class)
    void onlyTheIncludedSubtreeWithoutTheExcludedOneIsRead(DepartmentDetail detail) {
        Fetched f = fetch(detail, SyncScope.include(id(info)).exclude(id(outsourcing)));

        assertThat(f.departments.keySet()).containsExactlyInAnyOrder("1", id(info), id(dev));
        assertThat(f.departments.get(id(info)).parentExternalId()).isEqualTo("1");
        assertThat(f.members.keySet()).containsExactlyInAnyOrder("ann", "cid");
        assertThat(sim.calls("/topapi/v2/user/list")).as("users of 信息部 and 开发组").isEqualTo(2);
        long departmentCalls = sim.calls("/topapi/v2/department/get")
                + sim.calls("/topapi/v2/department/listsubid")
                + sim.calls("/topapi/v2/department/listsub");
        assertThat(departmentCalls)
                .as("root, 信息部 and 开发组 only (the root is read, not listed)")
                .isEqualTo(detail == DepartmentDetail.FULL ? 5 : 4);
        assertThat(f.calls).isEqualTo(sim.totalCalls());
    }

    @ParameterizedTest
    @EnumSource(DepartmentDetail.class)
    void excludingFromTheWholeDirectorySkipsTheExcludedSubtreeOnly(DepartmentDetail detail) {
        Fetched whole = fetch(detail, SyncScope.ALL);
        long all = sim.totalCalls();
        sim.resetCounters();

        Fetched f = fetch(detail, SyncScope.ALL.exclude(id(sales)));

        assertThat(whole.departments).hasSize(16);
        assertThat(f.departments.keySet())
                .containsExactlyInAnyOrder("1", id(info), id(dev), id(outsourcing), id(outsourcingTeam));
        assertThat(f.members.keySet()).containsExactlyInAnyOrder("ann", "bob", "cid", "eve", "fay");
        assertThat(sim.totalCalls()).isLessThan(all / 2);
    }

    @ParameterizedTest
    @EnumSource(DepartmentDetail.class)
    void anIncludedDepartmentDingTalkDoesNotHaveIsLeftOutForCoreToName(DepartmentDetail detail) {
        Fetched f = fetch(detail, SyncScope.include(id(dev), "987654", "not-a-number"));

        assertThat(f.departments.keySet()).containsExactlyInAnyOrder("1", id(dev));
        assertThat(f.members.keySet()).containsExactly("ann");
    }

    @ParameterizedTest
    @EnumSource(DepartmentDetail.class)
    void anIncludedDepartmentInsideAnExcludedOneIsReadOnItsOwn(DepartmentDetail detail) {
        Fetched f =
                fetch(detail, SyncScope.include(id(info), id(outsourcingTeam)).exclude(id(outsourcing)));

        assertThat(f.departments.keySet()).containsExactlyInAnyOrder("1", id(info), id(dev), id(outsourcingTeam));
        assertThat(f.departments.get(id(outsourcingTeam)).parentExternalId()).isEqualTo(id(outsourcing));
        assertThat(f.members.keySet()).containsExactlyInAnyOrder("ann", "cid", "fay");
    }

    @ParameterizedTest
    @EnumSource(DepartmentDetail.class)
    void anIncludedDepartmentInsideAnotherIncludedOneIsDeliveredOnceAfterItsParent(DepartmentDetail detail) {
        Fetched f = fetch(detail, SyncScope.include(id(outsourcingTeam), id(info)));

        assertThat(f.order).doesNotHaveDuplicates().hasSize(5);
        assertThat(f.order.indexOf(id(outsourcing))).isLessThan(f.order.indexOf(id(outsourcingTeam)));
        assertThat(f.order.indexOf(id(info))).isLessThan(f.order.indexOf(id(outsourcing)));
        assertThat(f.members.keySet()).containsExactlyInAnyOrder("ann", "bob", "cid", "fay");
    }

    @ParameterizedTest
    @EnumSource(DepartmentDetail.class)
    void aScopedOrganizationSyncsOnlyItsScope(DepartmentDetail detail) {
        try (OrganizationService orgs = OrganizationService.builder()
                .provider(new DingTalkProvider())
                .secretKey("0123456789abcdef0123")
                .build()) {
            Map<String, String> extra = new HashMap<>(settings(detail));
            List.of("corpId", "agentId", "appKey").forEach(extra::remove);
            Org org = orgs.create(
                    DingTalk.organization("ACME", "dingcorp0001", "100001", sim.appKey(), sim.appSecret(), extra)
                            .withSyncScope(SyncScope.include(id(info)).exclude(id(outsourcing))));

            org.sync().run();

            assertThat(org.members().list()).extracting(Member::externalId).containsExactlyInAnyOrder("ann", "cid");
            assertThat(org.departments().subtree(org.root().id())).hasSize(3);
        }
    }

    private static String id(long id) {
        return Long.toString(id);
    }

    private static final class Fetched implements DirectoryVisitor {
        final Map<String, RemoteDepartment> departments = new HashMap<>();
        final Map<String, RemoteMember> members = new HashMap<>();
        final List<String> order = new ArrayList<>();
        long calls;

        @Override
        public void department(RemoteDepartment department) {
            departments.put(department.externalId(), department);
            order.add(department.externalId());
        }

        @Override
        public void member(RemoteMember member) {
            members.put(member.externalId(), member);
        }
    }
}
