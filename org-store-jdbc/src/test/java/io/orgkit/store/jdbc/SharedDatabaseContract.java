package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.search.MemberHit;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.sync.SyncOptions;
import io.orgkit.core.sync.SyncOutcome;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.tck.fake.FakeDirectory;
import io.orgkit.tck.fake.FakeProvider;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two application instances (two services, two stores) over one database see and respect each other. */
abstract class SharedDatabaseContract {
    private final String prefix = TestDatabases.uniquePrefix();
    private DataSource dataSource;
    private JdbcStore firstStore;
    private JdbcStore secondStore;
    private OrganizationService first;
    private OrganizationService second;

    protected abstract DataSource dataSource();

    protected void cleanUp(DataSource ds, String tablePrefix) {
        TestDatabases.dropTables(ds, tablePrefix);
    }

    @BeforeEach
    void twoInstances() {
        dataSource = dataSource();
        firstStore = JdbcStore.builder(dataSource).tablePrefix(prefix).build();
        secondStore = JdbcStore.builder(dataSource).tablePrefix(prefix).build();
        first = OrganizationService.builder().store(firstStore).build();
        second = OrganizationService.builder().store(secondStore).build();
    }

    @AfterEach
    void dropTables() {
        first.close();
        second.close();
        cleanUp(dataSource, prefix);
    }

    @Test
    void bothInstancesEnsuringTheDefaultOrganizationAtOnceGetTheSameOne() throws Exception {
        List<Object> outcomes = race(
                () -> first.ensureDefault(Creator.named("Alice")).id(),
                () -> second.ensureDefault(Creator.named("Alice")).id());

        assertThat(outcomes).hasSize(2).doesNotHaveAnyElementsOfTypes(Throwable.class);
        assertThat(outcomes.get(0)).isEqualTo(outcomes.get(1));
        assertThat(first.list()).hasSize(1);
    }

    @Test
    void aSyncScopeSetByOneInstanceIsStoredAndKeptByTheOthersSyncsAndTheLeaseSerialisesThem() {
        FakeDirectory remote = new FakeDirectory("acme", "fake-key-123");
        String info = remote.addDepartment(remote.rootDepartmentId(), "信息部");
        String sales = remote.addDepartment(remote.rootDepartmentId(), "销售部");
        remote.addMember(new RemoteMember("ann", "Ann", null, null, null, null, List.of(info), info, true));
        remote.addMember(new RemoteMember("bob", "Bob", null, null, null, null, List.of(sales), sales, true));
        OrganizationService a = synced(firstStore, remote);
        OrganizationService b = synced(secondStore, remote);
        Org onA = a.create(remote.organization("ACME"));
        onA.sync().run();
        Org onB = b.org(onA.id());
        SyncScope scope = SyncScope.include(info);
        String lease = "orgkit.sync." + onA.id().value();
        assertThat(firstStore.leases().tryAcquire(lease, "instance-a-syncing", Duration.ofMinutes(5)))
                .isTrue();

        assertThatThrownBy(() -> onB.sync().changeScope(scope))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("another application instance");
        assertThat(onA.sync().scope()).isEqualTo(SyncScope.ALL);
        firstStore.leases().release(lease, "instance-a-syncing");

        onB.sync().withOptions(SyncOptions.DEFAULTS.withGuard(1, 10)).changeScope(scope);

        assertThat(onA.sync().scope()).as("stored, seen by the other instance").isEqualTo(scope);
        assertThat(onA.sync().run().outcome()).isEqualTo(SyncOutcome.UNCHANGED);
        assertThat(onA.members().list()).extracting(Member::externalId).containsExactly("ann");
    }

    @Test
    void aChangeRoundOfOneInstanceMovesUpAClosedDepartmentKeepsAClashAPerItemFailureAndTheOtherSeesIt() {
        FakeDirectory remote = new FakeDirectory("acme", "fake-key-123");
        String sales = remote.addDepartment(remote.rootDepartmentId(), "Sales");
        String team = remote.addDepartment(sales, "Team");
        String east = remote.addDepartment(team, "East");
        remote.addMember(
                new RemoteMember("ann", "Ann", "E1", null, "ann@acme.example", null, List.of(east), east, true));
        remote.addMember(
                new RemoteMember("bob", "Bob", "E2", null, "bob@acme.example", null, List.of(team), team, true));
        remote.addMember(new RemoteMember("cid", "Cid", "E3", null, null, null, List.of(sales), sales, true));
        OrganizationService a = synced(firstStore, remote);
        OrganizationService b = synced(secondStore, remote);
        Org onA = a.create(remote.organization("ACME"));
        onA.sync().run();
        Org onB = b.org(onA.id());
        // Team goes (East moves up to Sales), Cid takes Bob's email, Bob leaves (resigned, he keeps it)
        var report = onB.sync()
                .withOptions(SyncOptions.DEFAULTS.withGuard(1, 10))
                .applyChanges(List.of(
                        new RemoteChange.DepartmentRemoved(team, 1),
                        new RemoteChange.MemberUpserted(
                                new RemoteMember(
                                        "cid",
                                        "Cid",
                                        "E3",
                                        null,
                                        "bob@acme.example",
                                        null,
                                        List.of(sales),
                                        sales,
                                        true),
                                2),
                        new RemoteChange.MemberRemoved("bob", 3)));

        assertThat(report.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.externalId()).isEqualTo("cid"));
        Department eastHere = onA.departments().subtree(onA.root().id()).stream()
                .filter(d -> east.equals(d.externalId()))
                .findFirst()
                .orElseThrow();
        assertThat(onA.departments().get(eastHere.parentId()).externalId()).isEqualTo(sales);
        assertThat(onA.departments().subtree(onA.root().id()))
                .extracting(Department::externalId)
                .doesNotContain(team);
        assertThat(onA.members().list()).extracting(Member::externalId).containsExactlyInAnyOrder("ann", "cid");
        assertThat(onA.members().list().stream()
                        .filter(m -> "cid".equals(m.externalId()))
                        .findFirst()
                        .orElseThrow()
                        .email())
                .isNull();
    }

    private static OrganizationService synced(JdbcStore store, FakeDirectory remote) {
        return OrganizationService.builder()
                .store(store)
                .discoverProviders(false)
                .provider(new FakeProvider(remote))
                .secretKey("shared-database-test-key-0123")
                .build();
    }

    @Test
    void eachInstancesSearchIndexFollowsWhatTheOtherInstanceWrites() {
        Org acme = first.ensureDefault(Creator.named("Alice"));
        Member bob = acme.members().add(NewMember.named("Bob Li").employeeId("E0002"));
        Member carol = acme.members().add(NewMember.named("Carol Bobson"));
        Org seen = second.org(acme.id());
        // both instances have loaded their index of the organization
        assertThat(names(acme.search().members("bob"))).containsExactly("Bob Li", "Carol Bobson");
        assertThat(names(seen.search().members("bob"))).containsExactly("Bob Li", "Carol Bobson");

        seen.members().add(NewMember.named("Bobby Chen"));
        seen.members().update(bob.id(), MemberUpdate.create().name("Robert Li"));
        seen.members().resign(List.of(carol.id()));
        seen.departments().create(seen.root(), "Bob's Team");

        assertThat(names(acme.search().members("bob"))).containsExactly("Bobby Chen");
        assertThat(names(acme.search().members("robert"))).containsExactly("Robert Li");
        assertThat(acme.search().departments("bob's"))
                .extracting(h -> h.department().name())
                .containsExactly("Bob's Team");
        acme.members().erase(bob.id());
        assertThat(names(seen.search().members("robert"))).isEmpty();
        assertThat(names(seen.search().members("e0002"))).isEmpty();
    }

    @Test
    void aSearchWhileTheOtherInstanceHoldsUncommittedTermsSeesThemOnlyOnceCommitted() throws Exception {
        Org acme = first.ensureDefault(Creator.named("Alice"));
        Member bob = acme.members().add(NewMember.named("Bob Li"));
        assertThat(names(acme.search().members("bob"))).containsExactly("Bob Li");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // the second instance writes new terms for Bob and pauses before committing
            Future<Object> writer = pool.submit(() -> secondStore.write(s -> {
                s.putSearchEntries(List.of(new SearchEntry(
                        acme.id(),
                        SearchSubject.MEMBER,
                        bob.id().value(),
                        "Bob Li",
                        List.of(new IndexedTerm("quentin", true)))));
                written.countDown();
                await(release);
                return null;
            }));
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(names(acme.search().members("quentin"))).isEmpty();
            assertThat(names(acme.search().members("bob"))).containsExactly("Bob Li");
            release.countDown();
            writer.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(names(acme.search().members("quentin"))).containsExactly("Bob Li");
        assertThat(names(acme.search().members("bob"))).isEmpty();
    }

    @Test
    void aMemberInsertedAndIndexedTwiceInOneTransactionKeepsItsLastTermsOnBothInstances() {
        Org acme = first.ensureDefault(Creator.named("Alice"));
        assertThat(names(acme.search().members("alice"))).containsExactly("Alice");
        Member dan = new Member(
                io.orgkit.core.members.MemberId.random(),
                acme.id(),
                "Dan Wu",
                null,
                null,
                null,
                null,
                List.of(acme.root().id()),
                acme.root().id(),
                io.orgkit.core.members.MemberStatus.ACTIVE,
                null,
                null,
                java.time.Instant.parse("2026-01-01T00:00:00Z"));
        secondStore.write(s -> {
            s.insertMembers(List.of(dan));
            // first document: a plain insert (the member is new); then, in the same transaction, two upserts of
            // the same key in one call (the last wins)
            s.putSearchEntries(List.of(entry(acme, dan, "quentin")));
            s.putSearchEntries(List.of(entry(acme, dan, "rupert"), entry(acme, dan, "stefan")));
            return null;
        });
        for (Org org : List.of(acme, second.org(acme.id()))) {
            assertThat(names(org.search().members("stefan"))).containsExactly("Dan Wu");
            assertThat(names(org.search().members("quentin"))).isEmpty();
            assertThat(names(org.search().members("rupert"))).isEmpty();
        }
    }

    private static SearchEntry entry(Org org, Member m, String term) {
        return new SearchEntry(
                org.id(), SearchSubject.MEMBER, m.id().value(), m.name(), List.of(new IndexedTerm(term, true)));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(List<MemberHit> hits) {
        return hits.stream().map(h -> h.member().name()).toList();
    }

    @Test
    void aChangeCommittedByOneInstanceIsSeenByTheOther() {
        Org acme = first.ensureDefault(Creator.named("Alice"));
        Department rnd = acme.departments().create(acme.root(), "R&D");
        Member bob =
                acme.members().add(NewMember.named("Bob Li").employeeId("E0002").in(rnd.id()));

        Org seen = second.org(acme.id());
        assertThat(seen.members().get(bob.id())).isEqualTo(bob);
        seen.departments().rename(rnd.id(), "Research");
        assertThat(acme.departments().get(rnd.id()).name()).isEqualTo("Research");
    }

    @Test
    void theSameEmployeeIdAddedAtOnceThroughBothInstancesIsStoredOnce() throws Exception {
        Org acme = first.ensureDefault(Creator.named("Alice"));
        Org same = second.org(acme.id());

        List<Object> outcomes = race(
                () -> acme.members().add(NewMember.named("Twin A").employeeId("E-42")),
                () -> same.members().add(NewMember.named("Twin B").employeeId("E-42")));

        assertThat(outcomes).filteredOn(Member.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(acme.members().list())
                .filteredOn(m -> "E-42".equals(m.employeeId()))
                .hasSize(1);
    }

    @Test
    void aLeaseHeldByOneInstanceIsRefusedToTheOtherUntilReleasedByTheDatabaseClock() {
        Duration ttl = Duration.ofMinutes(5);
        assertThat(firstStore.leases().tryAcquire("sync:acme", "node-1", ttl)).isTrue();
        assertThat(secondStore.leases().tryAcquire("sync:acme", "node-2", ttl)).isFalse();
        assertThat(firstStore.leases().renew("sync:acme", "node-1", ttl)).isTrue();

        firstStore.leases().release("sync:acme", "node-1");
        assertThat(secondStore.leases().tryAcquire("sync:acme", "node-2", ttl)).isTrue();
    }

    @Test
    void aLeaseWhoseHolderDiedExpiresByTheDatabaseClock() throws InterruptedException {
        assertThat(firstStore.leases().tryAcquire("sync:acme", "node-1", Duration.ofMillis(200)))
                .isTrue();
        Thread.sleep(1200);
        assertThat(secondStore.leases().tryAcquire("sync:acme", "node-2", Duration.ofMinutes(5)))
                .isTrue();
        assertThat(firstStore.leases().renew("sync:acme", "node-1", Duration.ofMinutes(5)))
                .isFalse();
    }

    @Test
    void migrationsStartedAtOnceByTwoInstancesApplyEachVersionOnce() throws Exception {
        String fresh = TestDatabases.uniquePrefix();
        try {
            List<Object> outcomes = race(
                    () -> JdbcStore.builder(dataSource).tablePrefix(fresh).build(),
                    () -> JdbcStore.builder(dataSource).tablePrefix(fresh).build());

            assertThat(outcomes).hasOnlyElementsOfType(JdbcStore.class);
            try (Connection c = dataSource.getConnection();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version), MIN(version) FROM "
                            + fresh + "schema_history")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2));
                assertThat(rs.getInt(3)).isEqualTo(1);
            }
        } finally {
            TestDatabases.dropTables(dataSource, fresh);
        }
    }

    private static List<Object> race(Callable<?> a, Callable<?> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> task : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<?> f : futures) {
                try {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
