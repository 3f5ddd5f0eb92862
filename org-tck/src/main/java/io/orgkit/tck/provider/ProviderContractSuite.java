package io.orgkit.tck.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.orgkit.core.Org;
import io.orgkit.core.OrgKitException;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ProviderException;
import io.orgkit.core.ReadOnlyOrganizationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.SyncOutcome;
import io.orgkit.core.sync.SyncPlan;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.core.sync.SyncScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link OrganizationProvider} passes against a simulator of its platform. A provider's test
 * extends it and supplies the provider, the control of the simulator's directory, and a new organization
 * carrying the simulator's credentials:
 * <pre>{@code
 * class FakeProviderContractTest extends ProviderContractSuite {
 *     private final FakeDirectory remote = new FakeDirectory("tck", "tck-key-123");
 *     protected OrganizationProvider provider() { return new FakeProvider(remote); }
 *     protected RemoteDirectoryControl remote() { return remote; }
 *     protected NewOrganization newOrganization(String name) { return remote.organization(name); }
 * }
 * }</pre>
 * Each test starts from {@link RemoteDirectoryControl#reset()} and a fresh in-memory store.
 */
public abstract class ProviderContractSuite {
    private static final String SECRET_KEY = "orgkit-tck-secret-key-0123456789";
    private WriteCountingStore store;
    private OrganizationService service;
    private ExpectedDirectory dir;

    @SuppressWarnings("NullAway.Init") // set by each test through connect...()
    private Org org;

    /** The provider under test, talking to the simulator. */
    protected abstract OrganizationProvider provider();

    /** The simulator's directory. */
    protected abstract RemoteDirectoryControl remote();

    /** A new organization of the provider's type with the simulator's (valid) credentials. */
    protected abstract NewOrganization newOrganization(String name);

    /** The same organization with every secret wrong; the platform must refuse it. */
    protected NewOrganization withWrongSecrets(NewOrganization spec) {
        Map<String, Secret> wrong = new LinkedHashMap<>();
        spec.secrets().forEach((k, v) -> wrong.put(k, Secret.of(v.reveal() + "-wrong")));
        return NewOrganization.synced(spec.type(), spec.name(), spec.settings(), wrong);
    }

    @BeforeEach
    void startFresh() {
        remote().reset();
        store = new WriteCountingStore();
        service = OrganizationService.builder()
                .store(store)
                .discoverProviders(false)
                .provider(provider())
                .secretKey(SECRET_KEY)
                .build();
        dir = new ExpectedDirectory(remote());
    }

    private Org connect() {
        org = service.create(newOrganization("TCK " + provider().type()));
        return org;
    }

    private static String id(Map<String, String> ids, String key) {
        return java.util.Objects.requireNonNull(ids.get(key), key);
    }

    /** R&amp;D (Backend, Frontend), Sales; Ann in Backend, Bob in R&amp;D and Sales, Cid in the root; Bob manages R&amp;D. */
    private Map<String, String> standardDirectory() {
        String rnd = dir.dept(dir.root(), "R&D");
        String backend = dir.dept(rnd, "Backend");
        String frontend = dir.dept(rnd, "Frontend");
        String sales = dir.dept(dir.root(), "Sales");
        dir.member("ann", "Ann Lee", backend);
        dir.member("bob", "Bob Li", rnd, sales);
        dir.member("cid", "Cid Wu", dir.root());
        dir.managers(rnd, "bob");
        return Map.of("rnd", rnd, "backend", backend, "frontend", frontend, "sales", sales);
    }

    private SyncReport connectAndSync() {
        connect();
        return org.sync().run();
    }

    @Test
    void theFirstSyncCreatesExactlyTheRemoteTreeAndMembers() {
        standardDirectory();
        connect();

        SyncReport report = org.sync().run();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(report.failures()).isEmpty();
        assertThat(report.count(ChangeKind.DEPARTMENT_CREATED)).isEqualTo(4);
        assertThat(report.count(ChangeKind.MEMBER_CREATED)).isEqualTo(3);
        assertThat(report.apiCalls()).isPositive();
        assertThat(org.root().externalId()).isEqualTo(dir.root());
        dir.assertMirroredBy(org);
    }

    @Test
    void aSecondSyncOfTheSameDirectoryWritesNothing() {
        standardDirectory();
        connectAndSync();
        store.reset();

        SyncReport second = org.sync().run();

        assertThat(second.outcome()).isEqualTo(SyncOutcome.UNCHANGED);
        assertThat(second.total()).isZero();
        assertThat(store.dataWrites.get())
                .as("writes to departments, members, roles")
                .isZero();
        dir.assertMirroredBy(org);
    }

    @Test
    void aRenamedDepartmentIsRenamedAndKeepsItsId() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        Department before = local(id(ids, "sales"));
        dir.rename(id(ids, "sales"), "Sales & Marketing");

        SyncReport report = org.sync().run();

        assertThat(report.count(ChangeKind.DEPARTMENT_RENAMED)).isEqualTo(1);
        assertThat(local(id(ids, "sales")).id()).isEqualTo(before.id());
        dir.assertMirroredBy(org);
    }

    @Test
    void aMovedDepartmentMovesWithItsSubDepartmentsAndMembers() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        dir.move(id(ids, "rnd"), id(ids, "sales"));

        SyncReport report = org.sync().run();

        assertThat(report.count(ChangeKind.DEPARTMENT_MOVED)).isEqualTo(1);
        assertThat(local(id(ids, "backend")).path())
                .startsWith(local(id(ids, "sales")).path());
        dir.assertMirroredBy(org);
    }

    @Test
    void aDeletedDepartmentIsRemovedWithItsSubDepartments() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        RemoteMember ann = dir.get("ann");
        dir.update(moved(ann, List.of(id(ids, "sales")), id(ids, "sales")));
        dir.update(moved(dir.get("bob"), List.of(id(ids, "sales")), id(ids, "sales")));
        dir.delete(id(ids, "backend"));
        dir.delete(id(ids, "frontend"));
        dir.delete(id(ids, "rnd"));

        SyncReport report = org.sync().run();

        assertThat(report.count(ChangeKind.DEPARTMENT_REMOVED)).isEqualTo(3);
        dir.assertMirroredBy(org);
    }

    @Test
    void aMovedMemberFollowsToItsNewDepartments() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        dir.update(moved(dir.get("ann"), List.of(id(ids, "frontend"), id(ids, "sales")), id(ids, "sales")));

        SyncReport report = org.sync().run();

        assertThat(report.count(ChangeKind.MEMBER_MOVED)).isEqualTo(1);
        dir.assertMirroredBy(org);
    }

    @Test
    void aChangedMemberIsUpdated() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        RemoteMember cid = dir.get("cid");
        dir.update(new RemoteMember(
                "cid",
                "Cid Wu-Chen",
                "E-cid-2",
                "13911112222",
                "cid.chen@tck.example",
                "Lead",
                cid.departmentExternalIds(),
                cid.mainDepartmentExternalId(),
                true));

        SyncReport report = org.sync().run();

        assertThat(report.count(ChangeKind.MEMBER_UPDATED)).isEqualTo(1);
        dir.assertMirroredBy(org);
    }

    @Test
    void aMemberGoneFromThePlatformResigns() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        dir.remove("bob");

        SyncReport report = org.sync().run();

        assertThat(report.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(1);
        assertThat(org.members().resigned()).extracting(m -> m.externalId()).containsExactly("bob");
        dir.assertMirroredBy(org);
    }

    @Test
    void aMemberWhoComesBackIsReactivatedWithTheSameId() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        var bobId = org.members().list().stream()
                .filter(m -> "bob".equals(m.externalId()))
                .findFirst()
                .orElseThrow()
                .id();
        RemoteMember bob = dir.get("bob");
        dir.remove("bob");
        org.sync().run();
        dir.member("bob", bob.name(), bob.departmentExternalIds().toArray(String[]::new));

        SyncReport report = org.sync().run();

        assertThat(report.count(ChangeKind.MEMBER_REACTIVATED)).isEqualTo(1);
        assertThat(org.members().get(bobId).isActive()).isTrue();
        dir.assertMirroredBy(org);
    }

    @Test
    void moreThanOneHundredMembersInOneDepartmentAllArrive() {
        String big = dir.dept(dir.root(), "Big");
        for (int i = 0; i < 150; i++) {
            dir.member("p" + i, "Person " + i, big);
        }
        connect();

        SyncReport report = org.sync().run();

        assertThat(report.count(ChangeKind.MEMBER_CREATED)).isEqualTo(150);
        dir.assertMirroredBy(org);
    }

    @Test
    void departmentsNestedSixLevelsDeepAndMoreAreSynced() {
        String parent = dir.root();
        for (int level = 1; level <= 7; level++) {
            parent = dir.dept(parent, "Level " + level);
            dir.member("l" + level, "Member " + level, parent);
        }
        connect();

        org.sync().run();

        assertThat(local(parent).depth()).isEqualTo(7);
        dir.assertMirroredBy(org);
    }

    @Test
    void aFailureMidFetchAppliesNothing() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        DirectoryView before = DirectoryView.of(org);
        dir.rename(id(ids, "sales"), "Field Sales");
        dir.member("dee", "Dee Ma", dir.dept(id(ids, "sales"), "Inside Sales"));
        dir.remove("cid");
        remote().failFetchAtCall(3);

        assertThatThrownBy(() -> org.sync().run()).isInstanceOf(ProviderException.class);

        assertThat(DirectoryView.of(org)).isEqualTo(before);
        assertThat(org.sync().lastState()).map(s -> s.outcome()).contains(SyncOutcome.FAILED);
        remote().failFetchAtCall(0);
        org.sync().run();
        dir.assertMirroredBy(org);
    }

    @Test
    void thePlatformAnsweringAnEmptyDirectoryTripsTheGuard() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        DirectoryView before = DirectoryView.of(org);
        remote().answerEmpty(true);

        SyncReport report = org.sync().run();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.HELD);
        assertThat(DirectoryView.of(org)).isEqualTo(before);
        remote().answerEmpty(false);
        assertThat(org.sync().run().outcome()).isEqualTo(SyncOutcome.UNCHANGED);
        assertThat(org.sync().heldPlan()).isEmpty();
    }

    @Test
    void aDryRunWritesNothing() {
        standardDirectory();
        connect();
        store.reset();

        SyncPlan plan = org.sync().dryRun();

        assertThat(plan.count(ChangeKind.MEMBER_CREATED)).isEqualTo(3);
        assertThat(store.allWrites.get()).isZero();
        assertThat(org.members().list()).isEmpty();
    }

    @Test
    void localEditsOfDepartmentsAndMembersOfTheSyncedOrganizationAreRefused() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        DirectoryView before = DirectoryView.of(org);
        var ann = org.members().list().get(0);

        assertThatThrownBy(() -> org.departments().create(org.root().id(), "Local"))
                .isInstanceOf(ReadOnlyOrganizationException.class);
        assertThatThrownBy(() ->
                        org.departments().rename(local(id(ids, "sales")).id(), "Local"))
                .isInstanceOf(ReadOnlyOrganizationException.class);
        assertThatThrownBy(() -> org.members().add(NewMember.named("Zed")))
                .isInstanceOf(ReadOnlyOrganizationException.class);
        assertThatThrownBy(() ->
                        org.members().update(ann.id(), MemberUpdate.create().name("X")))
                .isInstanceOf(ReadOnlyOrganizationException.class);
        assertThatThrownBy(() -> org.members().resign(List.of(ann.id())))
                .isInstanceOf(ReadOnlyOrganizationException.class);
        assertThat(DirectoryView.of(org)).isEqualTo(before);
    }

    @Test
    void secretsNeverShowInLogsExceptionsOrToString() {
        standardDirectory();
        NewOrganization spec = newOrganization("TCK secrets");
        NewOrganization wrongSpec = withWrongSecrets(spec);
        StringBuilder seen = new StringBuilder();
        Throwable refused;
        Throwable failed;
        try (LogCapture logs = new LogCapture()) {
            refused = catchThrowable(() -> service.create(wrongSpec));
            org = service.create(spec);
            seen.append(org.sync().dryRun().describe()).append(org.sync().run());
            remote().failFetchAtCall(1);
            failed = catchThrowable(() -> org.sync().run());
            remote().failFetchAtCall(0);
            seen.append(org.info())
                    .append(spec)
                    .append(wrongSpec)
                    .append(org.sync().lastState())
                    .append(org.sync());
            seen.append(logs.text());
        }
        assertThat(refused).as("creating with wrong secrets").isInstanceOf(OrgKitException.class);
        assertThat(failed).isInstanceOf(ProviderException.class);
        seen.append(LogCapture.stackTrace(refused)).append(LogCapture.stackTrace(failed));
        for (NewOrganization s : List.of(spec, wrongSpec)) {
            s.secrets()
                    .forEach((name, secret) -> assertThat(seen.toString())
                            .as("text showing " + name)
                            .doesNotContain(secret.reveal()));
        }
    }

    @Test
    void changesSinceTheLastSyncAreAppliedOrClearlyRefusedWhenThePlatformHasNoDeltaFeed() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        dir.rename(id(ids, "sales"), "Sales & Marketing");
        dir.update(moved(dir.get("ann"), List.of(id(ids, "frontend")), id(ids, "frontend")));
        dir.remove("cid");
        DirectoryView before = DirectoryView.of(org);

        SyncReport report;
        try {
            report = org.sync().runChanges();
        } catch (io.orgkit.core.ValidationException noDeltaFeed) {
            assertThat(noDeltaFeed.getMessage()).contains("callback").contains("full sync");
            assertThat(DirectoryView.of(org)).isEqualTo(before);
            return;
        }
        assertThat(report.kind()).isEqualTo(io.orgkit.core.sync.SyncKind.CHANGES);
        assertThat(report.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(1);
        dir.assertMirroredBy(org);
        assertThat(org.sync().runChanges().total()).as("the same changes again").isZero();
    }

    @Test
    void changesAreRefusedBeforeTheFirstFullSync() {
        standardDirectory();
        connect();

        assertThat(catchThrowable(() -> org.sync().runChanges()))
                .isInstanceOfAny(io.orgkit.core.ConflictException.class, io.orgkit.core.ValidationException.class);
        assertThat(org.members().list()).isEmpty();
    }

    /** R&amp;D (Backend, Frontend), Sales; Ann in Backend, Bob in R&amp;D and Sales, Cid in the root, Fay in Frontend. */
    private Map<String, String> scopedDirectory() {
        Map<String, String> ids = standardDirectory();
        dir.member("fay", "Fay Xu", id(ids, "frontend"));
        return ids;
    }

    private java.util.Set<String> localDepartments() {
        return DirectoryView.of(org).departments().keySet().stream()
                .filter(id -> !id.equals(dir.root()))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private java.util.Set<String> activeMembers() {
        return org.members().list().stream()
                .map(m -> m.externalId())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void aScopeTakesAnIncludedSubtreeWithoutItsExcludedPartAndAMemberByItsDepartmentInScope() {
        Map<String, String> ids = scopedDirectory();
        connect();
        SyncScope scope = SyncScope.include(id(ids, "rnd")).exclude(id(ids, "frontend"));

        SyncReport report = org.sync().changeScope(scope);

        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(org.sync().scope()).isEqualTo(scope);
        assertThat(localDepartments()).containsExactlyInAnyOrder(id(ids, "rnd"), id(ids, "backend"));
        assertThat(local(id(ids, "rnd")).parentId()).isEqualTo(org.root().id());
        assertThat(org.root().externalId()).isEqualTo(dir.root());
        assertThat(activeMembers()).containsExactlyInAnyOrder("ann", "bob");
        var bob = org.members().list().stream()
                .filter(m -> "bob".equals(m.externalId()))
                .findFirst()
                .orElseThrow();
        assertThat(bob.departmentIds()).containsExactly(local(id(ids, "rnd")).id());
        assertThat(local(id(ids, "rnd")).managerIds()).containsExactly(bob.id());
        assertThat(org.sync().run().outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    }

    @Test
    void aMemberMovingOutOfTheScopeResignsAndMovingBackKeepsItsIdentity() {
        Map<String, String> ids = scopedDirectory();
        connect();
        org.sync().changeScope(SyncScope.include(id(ids, "rnd")).exclude(id(ids, "frontend")));
        var annId = org.members().list().stream()
                .filter(m -> "ann".equals(m.externalId()))
                .findFirst()
                .orElseThrow()
                .id();
        RemoteMember ann = dir.get("ann");
        dir.update(moved(ann, List.of(id(ids, "frontend")), id(ids, "frontend")));

        SyncReport out = org.sync().run();

        assertThat(out.count(ChangeKind.MEMBER_RESIGNED)).isEqualTo(1);
        assertThat(org.members().get(annId).isActive()).isFalse();
        dir.update(moved(ann, List.of(id(ids, "backend"), id(ids, "sales")), id(ids, "backend")));

        SyncReport back = org.sync().run();

        assertThat(back.count(ChangeKind.MEMBER_REACTIVATED)).isEqualTo(1);
        assertThat(org.members().get(annId).isActive()).isTrue();
        assertThat(org.members().get(annId).departmentIds())
                .containsExactly(local(id(ids, "backend")).id());
    }

    @Test
    void narrowingTheScopeIsHeldByTheGuardUntilApprovedAndWideningBringsMembersBack() {
        Map<String, String> ids = standardDirectory();
        for (int i = 0; i < 22; i++) {
            dir.member("s" + i, "Seller " + i, id(ids, "sales"));
        }
        connectAndSync();
        DirectoryView before = DirectoryView.of(org);
        SyncScope narrow = SyncScope.include(id(ids, "rnd"));

        SyncPlan preview = org.sync().dryRun(narrow);
        SyncReport held = org.sync().changeScope(narrow);

        assertThat(preview.count(ChangeKind.MEMBER_RESIGNED))
                .as("22 sellers and Cid")
                .isEqualTo(23);
        assertThat(held.outcome()).isEqualTo(SyncOutcome.HELD);
        assertThat(held.planId()).isEqualTo(preview.id());
        assertThat(DirectoryView.of(org)).isEqualTo(before);
        assertThat(org.sync().scope()).isEqualTo(SyncScope.ALL);

        SyncReport approved = org.sync().approve(held.planId());

        assertThat(approved.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(org.sync().scope()).isEqualTo(narrow);
        assertThat(activeMembers()).containsExactlyInAnyOrder("ann", "bob");

        SyncReport widened = org.sync().changeScope(SyncScope.ALL);

        assertThat(widened.count(ChangeKind.MEMBER_REACTIVATED)).isEqualTo(23);
        dir.assertMirroredBy(org);
    }

    @Test
    void aScopeNamingADepartmentThePlatformDoesNotHaveIsRefusedNamingIt() {
        Map<String, String> ids = standardDirectory();
        connectAndSync();
        DirectoryView before = DirectoryView.of(org);

        assertThatThrownBy(() -> org.sync().changeScope(SyncScope.include(id(ids, "rnd"), "987654321")))
                .isInstanceOf(io.orgkit.core.ValidationException.class)
                .hasMessageContaining("'987654321'");

        assertThat(DirectoryView.of(org)).isEqualTo(before);
        assertThat(org.sync().scope()).isEqualTo(SyncScope.ALL);
    }

    private Department local(String platformId) {
        return org.departments().subtree(org.root().id()).stream()
                .filter(d -> platformId.equals(d.externalId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no local department for " + platformId));
    }

    private static RemoteMember moved(RemoteMember m, List<String> departments, String main) {
        return new RemoteMember(
                m.externalId(),
                m.name(),
                m.employeeId(),
                m.phone(),
                m.email(),
                m.position(),
                departments,
                main,
                m.active());
    }
}
