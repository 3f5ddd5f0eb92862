package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ProviderException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.GenericOrganization;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.spi.Secret;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sync scope: what a scoped organization takes, how changing the scope is planned, guarded and applied, and
 * that changes and concurrent instances keep to it. Parameterized tests run both with a source that reads
 * everything (core filters) and with one that reads only the included subtrees.
 */
class SyncScopeTest {
    private final SyncFixture f = new SyncFixture();

    /** 信息部 (开发组, 外包 (外包一组)), 销售部 (华东), 家校通讯录; members in each, one in two, one in the root. */
    private void company() {
        f.remote
                .dept("10", "1", "信息部")
                .dept("11", "10", "开发组")
                .dept("12", "10", "外包")
                .dept("13", "12", "外包一组")
                .dept("20", "1", "销售部")
                .dept("21", "20", "华东")
                .dept("30", "1", "家校通讯录")
                .member("u1", "Ann", "11")
                .member("u2", "Bob", "12")
                .member("u3", "Cid", "20", "10")
                .member("u4", "Dee", "20")
                .member("u5", "Eve", "1")
                .member("u6", "Fay", "13")
                .member("u7", "Gus", "21")
                .member("u8", "Hal", "30")
                .managers("10", "u3", "u4");
    }

    private static final SyncScope INFO_WITHOUT_OUTSOURCING =
            SyncScope.include("10").exclude("12");

    private Set<String> localDepartments() {
        return f.org.departments().subtree(f.org.root().id()).stream()
                .filter(d -> !d.isRoot())
                .map(Department::externalId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> activeMembers() {
        return f.org.members().list().stream().map(Member::externalId).collect(Collectors.toCollection(TreeSet::new));
    }

    private void scoped(boolean honour, SyncScope scope) {
        f.remote.honourScope = honour;
        company();
        f.sync().changeScope(scope);
    }

    @ParameterizedTest(name = "source reads selectively: {0}")
    @ValueSource(booleans = {false, true})
    void onlyTheIncludedSubtreeWithoutItsExcludedPartIsSynced(boolean honour) {
        scoped(honour, INFO_WITHOUT_OUTSOURCING);

        assertThat(localDepartments()).containsExactly("10", "11");
        assertThat(f.dept("10").parentId())
                .as("the included top hangs under the root")
                .isEqualTo(f.org.root().id());
        assertThat(f.dept("11").parentId()).isEqualTo(f.dept("10").id());
        assertThat(f.org.root().externalId())
                .as("the root stays linked to the platform's root")
                .isEqualTo("1");
        assertThat(activeMembers()).containsExactly("u1", "u3");
        Member cid = f.member("u3");
        assertThat(cid.departmentIds())
                .as("only its department in scope")
                .containsExactly(f.dept("10").id());
        assertThat(cid.mainDepartmentId()).isEqualTo(f.dept("10").id());
        assertThat(f.dept("10").managerIds())
                .as("managers out of scope are not members")
                .containsExactly(cid.id());
        assertThat(f.sync().scope()).isEqualTo(INFO_WITHOUT_OUTSOURCING);
        assertThat(f.sync().run().outcome()).as("idempotent").isEqualTo(SyncOutcome.UNCHANGED);
    }

    @Test
    void aSelectiveSourceIsAskedForTheScopeAndDeliversOnlyItsPart() {
        f.remote.honourScope = true;
        company();
        f.sync().changeScope(INFO_WITHOUT_OUTSOURCING);
        f.remote.delivered.set(0);

        f.sync().run();

        assertThat(f.remote.delivered.get()).as("root + 信息部 + 开发组 + Ann + Cid").isEqualTo(5);
    }

    @ParameterizedTest(name = "source reads selectively: {0}")
    @ValueSource(booleans = {false, true})
    void everythingButAnExcludedSubtree(boolean honour) {
        scoped(honour, SyncScope.ALL.exclude("30"));

        assertThat(localDepartments()).containsExactly("10", "11", "12", "13", "20", "21");
        assertThat(activeMembers()).containsExactly("u1", "u2", "u3", "u4", "u5", "u6", "u7");
        assertThat(f.dept("10").parentId()).isEqualTo(f.org.root().id());
    }

    @Test
    void anIdOnBothSidesIsRefused() {
        assertThatThrownBy(() -> SyncScope.include("10").exclude("10"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'10' is both included and excluded");
    }

    @ParameterizedTest(name = "source reads selectively: {0}")
    @ValueSource(booleans = {false, true})
    void nestedIncludeInsideAnExclusionHangsUnderTheRoot(boolean honour) {
        f.remote.honourScope = honour;
        company();

        f.sync().changeScope(new SyncScope(new TreeSet<>(List.of("10", "13")), new TreeSet<>(List.of("12"))));

        assertThat(localDepartments()).containsExactly("10", "11", "13");
        assertThat(f.dept("13").parentId()).isEqualTo(f.org.root().id());
        assertThat(activeMembers()).containsExactly("u1", "u3", "u6");
    }

    @ParameterizedTest(name = "source reads selectively: {0}")
    @ValueSource(booleans = {false, true})
    void aMemberMovingOutOfScopeResignsAndComingBackKeepsItsIdentity(boolean honour) {
        scoped(honour, INFO_WITHOUT_OUTSOURCING);
        MemberId ann = f.member("u1").id();
        RemoteMember a = f.remote.get("u1");
        f.remote.put(moved(a, "12"));

        SyncReport out = f.sync().run();

        assertThat(out.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(1);
        assertThat(f.org.members().get(ann).isActive()).isFalse();
        f.remote.put(moved(a, "11"));

        SyncReport back = f.sync().run();

        assertThat(back.count(ChangeKind.MEMBER_REACTIVATED)).isEqualTo(1);
        assertThat(f.member("u1").id()).isEqualTo(ann);
        assertThat(f.member("u1").isActive()).isTrue();
    }

    @Test
    void theDryRunNamesWhyAMemberLeaves() {
        scoped(false, INFO_WITHOUT_OUTSOURCING);
        f.remote.put(moved(f.remote.get("u1"), "20"));

        SyncPlan plan = f.sync().dryRun();

        assertThat(plan.describe()).contains("u1").contains("outside the sync scope");
    }

    @Test
    void narrowingIsPlannedHeldByTheGuardAndAppliedOnApproval() {
        f.remote.dept("10", "1", "信息部").dept("20", "1", "销售部");
        IntStream.range(0, 30).forEach(i -> f.remote.member("s" + i, "Sales " + i, "20"));
        IntStream.range(0, 5).forEach(i -> f.remote.member("i" + i, "Info " + i, "10"));
        f.sync().run();
        SyncScope narrow = SyncScope.include("10");

        SyncPlan preview = f.sync().dryRun(narrow);
        assertThat(preview.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(30);
        assertThat(preview.count(ChangeKind.DEPARTMENT_REMOVED)).isEqualTo(1);
        assertThat(preview.guard().held()).isTrue();
        assertThat(f.sync().scope()).isEqualTo(SyncScope.ALL);

        SyncReport held = f.sync().changeScope(narrow);

        assertThat(held.outcome()).isEqualTo(SyncOutcome.HELD);
        assertThat(held.planId()).isEqualTo(preview.id());
        assertThat(f.sync().scope())
                .as("the scope in effect stays until approved")
                .isEqualTo(SyncScope.ALL);
        assertThat(f.sync().heldPlan().orElseThrow().scope()).isEqualTo(narrow);
        assertThat(activeMembers()).hasSize(35);
        assertThat(f.sync().run().outcome())
                .as("a plain run keeps the old scope")
                .isEqualTo(SyncOutcome.UNCHANGED);

        f.sync().changeScope(narrow);
        SyncReport approved = f.sync().approve(f.sync().heldPlan().orElseThrow().planId());

        assertThat(approved.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(approved.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(30);
        assertThat(f.sync().scope()).isEqualTo(narrow);
        assertThat(f.sync().heldPlan()).isEmpty();
        assertThat(activeMembers()).hasSize(5);
        assertThat(localDepartments()).containsExactly("10");
    }

    @Test
    void discardingAHeldScopeChangeKeepsTheOldScope() {
        f.remote.dept("10", "1", "信息部").dept("20", "1", "销售部");
        IntStream.range(0, 30).forEach(i -> f.remote.member("s" + i, "Sales " + i, "20"));
        f.sync().run();
        f.sync().changeScope(SyncScope.include("10"));

        f.sync().discardHeldPlan();

        assertThat(f.sync().scope()).isEqualTo(SyncScope.ALL);
        assertThat(f.sync().run().outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    }

    @Test
    void wideningBringsTheNewMembersInWithTheirOldIdentities() {
        scoped(false, SyncScope.ALL);
        MemberId gus = f.member("u7").id();
        f.sync().withOptions(SyncOptions.DEFAULTS.withGuard(1, 100)).changeScope(INFO_WITHOUT_OUTSOURCING);
        assertThat(f.org.members().get(gus).isActive()).isFalse();

        SyncReport widened = f.sync().changeScope(SyncScope.include("10", "20").exclude("12"));

        assertThat(widened.count(ChangeKind.MEMBER_REACTIVATED)).isEqualTo(2);
        assertThat(activeMembers()).containsExactly("u1", "u3", "u4", "u7");
        assertThat(f.member("u7").id()).isEqualTo(gus);
        assertThat(f.member("u3").departmentIds()).hasSize(2);
        assertThat(localDepartments()).containsExactly("10", "11", "20", "21");
    }

    @Test
    void unknownDepartmentIdsAreNamedAndNothingIsStored() {
        company();
        f.sync().run();
        f.store.reset();

        assertThatThrownBy(() ->
                        f.sync().changeScope(SyncScope.include("10", "404").exclude("405")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'404', '405'")
                .hasMessageContaining("Test platform does not have");
        assertThatThrownBy(() -> f.sync().dryRun(SyncScope.include("404")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'404'");

        assertThat(f.store.writes).as("nothing written").isEmpty();
        assertThat(f.sync().scope()).isEqualTo(SyncScope.ALL);
    }

    @Test
    void excludingTheRootOrOutsideTheIncludedSubtreesIsRefused() {
        company();

        assertThatThrownBy(() -> f.sync().changeScope(SyncScope.ALL.exclude("1")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("root department '1'");
        assertThatThrownBy(() -> f.sync().changeScope(SyncScope.include("10").exclude("21")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("excludes department '21' ('华东'), which is not inside any included department");
        assertThat(f.allMembers()).isEmpty();
    }

    @Test
    void badScopeValuesAreRefusedWithTheFieldScope() {
        String longId = "x".repeat(129);
        assertThatThrownBy(() -> SyncScope.include(longId))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("scope"))
                .hasMessageContaining("(129 characters)")
                .hasMessageNotContaining(longId);
        assertThatThrownBy(() -> SyncScope.include(" "))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> SyncScope.include(" 10"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("spaces");
        List<String> many = IntStream.range(0, 201).mapToObj(i -> "d" + i).toList();
        assertThatThrownBy(() -> SyncScope.include(many))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 200");
        assertThat(SyncScope.include(many.subList(0, 200)).included()).hasSize(200);
        assertThat(SyncScope.include(many.subList(0, 200)).toString()).contains("190 more");
    }

    @Test
    void aScopeSetAtCreationIsCheckedStoredAndUsedByTheFirstSync() {
        company();
        NewOrganization spec = NewOrganization.synced(
                        "test", "Scoped", Map.of("tenant", "acme"), Map.of("token", Secret.of(SyncFixture.TOKEN)))
                .withSyncScope(INFO_WITHOUT_OUTSOURCING);

        Org scoped = f.service.create(spec);
        scoped.sync().run();

        assertThat(scoped.sync().scope()).isEqualTo(INFO_WITHOUT_OUTSOURCING);
        assertThat(scoped.members().list()).extracting(Member::externalId).containsExactlyInAnyOrder("u1", "u3");
        assertThat(spec.toString()).contains("syncScope=SyncScope[include=[10], exclude=[12]]");
    }

    @Test
    void anUnknownDepartmentAtCreationCreatesNothing() {
        company();
        int before = f.service.list().size();
        NewOrganization spec = NewOrganization.synced(
                        "test", "Scoped", Map.of("tenant", "acme"), Map.of("token", Secret.of(SyncFixture.TOKEN)))
                .withSyncScope(SyncScope.include("99"));

        assertThatThrownBy(() -> f.service.create(spec))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'99'");
        assertThat(f.service.list()).hasSize(before);
    }

    @Test
    void aGenericOrganizationTakesNoScope() {
        NewOrganization spec = GenericOrganization.named("Local", "Ann Lee")
                .phone("+86 138 0013 8000")
                .build()
                .withSyncScope(SyncScope.include("10"));

        assertThatThrownBy(() -> f.service.create(spec))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("syncScope"));
    }

    @Test
    void anIncludedDepartmentThePlatformDeletedStopsTheSyncAndNamesIt() {
        scoped(false, INFO_WITHOUT_OUTSOURCING);
        f.remote.departments.remove("11");
        f.remote.departments.remove("10");
        f.remote.members.remove("u1");
        f.remote.put(moved(f.remote.get("u3"), "20"));

        assertThatThrownBy(() -> f.sync().run())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("includes '10'")
                .satisfies(e -> assertThat(((ProviderException) e).code()).isEqualTo("scope-unknown"));
        assertThat(activeMembers()).containsExactly("u1", "u3");
        assertThat(f.sync().lastState().orElseThrow().outcome()).isEqualTo(SyncOutcome.FAILED);
    }

    @Test
    void changesKeepToTheScope() {
        scoped(false, INFO_WITHOUT_OUTSOURCING);
        MemberId ann = f.member("u1").id();
        RemoteMember a = f.remote.get("u1");

        SyncReport out = f.sync().applyChanges(List.of(new RemoteChange.MemberUpserted(moved(a, "20"), 5)));
        assertThat(out.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(1);
        assertThat(f.org.members().get(ann).isActive()).isFalse();

        SyncReport back = f.sync().applyChanges(List.of(new RemoteChange.MemberUpserted(moved(a, "11", "20"), 6)));
        assertThat(back.count(ChangeKind.MEMBER_REACTIVATED)).isEqualTo(1);
        assertThat(f.member("u1").id()).isEqualTo(ann);
        assertThat(f.member("u1").departmentIds()).containsExactly(f.dept("11").id());

        SyncReport outside = f.sync()
                .applyChanges(List.of(
                        new RemoteChange.DepartmentUpserted(new RemoteDepartment("40", "20", "华北", 9, List.of()), 7),
                        new RemoteChange.DepartmentUpserted(new RemoteDepartment("41", "12", "外包二组", 9, List.of()), 7),
                        new RemoteChange.MemberUpserted(member("n1", "40"), 7),
                        new RemoteChange.MemberUpserted(member("n2", "12"), 7),
                        new RemoteChange.DepartmentUpserted(new RemoteDepartment("14", "11", "测试组", 9, List.of()), 7),
                        new RemoteChange.MemberUpserted(member("n3", "14", "40"), 7)));

        assertThat(outside.failures()).as("out of scope is no failure").isEmpty();
        assertThat(localDepartments()).containsExactly("10", "11", "14");
        assertThat(activeMembers()).containsExactly("n3", "u1", "u3");
        assertThat(f.member("n3").departmentIds()).containsExactly(f.dept("14").id());

        SyncReport movedOut = f.sync()
                .applyChanges(List.of(
                        new RemoteChange.DepartmentUpserted(new RemoteDepartment("14", "20", "测试组", 9, List.of()), 8)));
        assertThat(movedOut.count(ChangeKind.DEPARTMENT_REMOVED)).isEqualTo(1);
        assertThat(movedOut.count(ChangeKind.MEMBER_RESIGNED))
                .as("its member left the scope with it")
                .isEqualTo(1);
        assertThat(localDepartments()).containsExactly("10", "11");
    }

    @Test
    void aScopeChangeAndASyncOnTwoInstancesAreSerialisedByTheSyncLease() throws Exception {
        company();
        f.sync().run();
        OrganizationService other = OrganizationService.builder()
                .store(f.store)
                .discoverProviders(false)
                .provider(f.remote)
                .secretKey("a test key of enough length")
                .build();
        Org second = other.org(f.org.id());
        f.remote.fetching = new CountDownLatch(1);
        f.remote.release = new CountDownLatch(1);
        CompletableFuture<SyncReport> change = CompletableFuture.supplyAsync(() ->
                f.sync().withOptions(SyncOptions.DEFAULTS.withGuard(1, 100)).changeScope(INFO_WITHOUT_OUTSOURCING));
        f.remote.fetching.await();

        assertThatThrownBy(() -> second.sync().run()).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> second.sync().changeScope(SyncScope.include("20")))
                .isInstanceOf(ConflictException.class);
        f.remote.release.countDown();

        assertThat(change.get().outcome()).isEqualTo(SyncOutcome.APPLIED);
        f.remote.fetching = null;
        assertThat(second.sync().scope()).isEqualTo(INFO_WITHOUT_OUTSOURCING);
        assertThat(second.sync().run().outcome())
                .as("the other instance syncs with the new scope")
                .isEqualTo(SyncOutcome.UNCHANGED);
        assertThat(activeMembers()).containsExactly("u1", "u3");
    }

    @Test
    void aScopeChangeIsRefusedWhileAnotherInstanceHoldsTheLeaseAndStoresNothing() {
        company();
        f.sync().run();
        String lease = "orgkit.sync." + f.org.id().value();
        f.store.leases().tryAcquire(lease, "other-instance", Duration.ofMinutes(5));

        assertThatThrownBy(() -> f.sync().changeScope(INFO_WITHOUT_OUTSOURCING))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("another application instance");

        assertThat(f.sync().scope()).isEqualTo(SyncScope.ALL);
        assertThat(activeMembers()).hasSize(8);
        f.store.leases().release(lease, "other-instance");
    }

    private static RemoteMember moved(RemoteMember m, String... depts) {
        return new RemoteMember(
                m.externalId(),
                m.name(),
                m.employeeId(),
                m.phone(),
                m.email(),
                m.position(),
                List.of(depts),
                depts[0],
                true);
    }

    private static RemoteMember member(String id, String... depts) {
        return new RemoteMember(
                id,
                "Person " + id,
                "E" + id,
                null,
                id + "@acme.example",
                null,
                new ArrayList<>(List.of(depts)),
                depts[0],
                true);
    }
}
