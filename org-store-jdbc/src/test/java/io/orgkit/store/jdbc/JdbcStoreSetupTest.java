package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.StorageException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoreSession;
import io.orgkit.tck.store.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting the store up: the embedded database, dialect detection, migrations and their refusals. */
class JdbcStoreSetupTest {
    private final JdbcConnectionPool pool = TestDatabases.h2Memory();

    @AfterEach
    void closePool() {
        pool.dispose();
    }

    @Test
    void theEmbeddedDatabaseIsCreatedInMissingDirectoriesAndKeepsDataAcrossRestarts(@TempDir Path tmp) {
        Path dir = tmp.resolve("data/orgkit");
        Organization org = Fixtures.organization("Acme");
        try (JdbcStore store = JdbcStore.h2(dir)) {
            assertThat(store.dialect()).isEqualTo(JdbcDialect.H2);
            store.write(s -> {
                s.insertOrganization(org);
                return null;
            });
        }
        assertThat(Files.isDirectory(dir)).isTrue();

        try (JdbcStore reopened = JdbcStore.h2(dir)) {
            assertThat(reopened.read(StoreSession::organizations)).containsExactly(org);
        }
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsReportedByPath(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "a file, not a directory");

        assertThatThrownBy(() -> JdbcStore.h2(file.resolve("orgkit")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot create the OrgKit database directory " + file.resolve("orgkit"));
    }

    @Test
    void anH2DirectoryWhosePathWouldAddConnectionSettingsIsRefusedBeforeAnythingIsCreated(@TempDir Path tmp)
            throws Exception {
        Path script = Files.writeString(tmp.resolve("evil.sql"), "CREATE TABLE pwned (x INT);");
        Path dir = tmp.resolve("data;INIT=RUNSCRIPT FROM '" + script + "'");

        assertThatThrownBy(() -> JdbcStore.h2(dir))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("directory")
                .hasMessageContaining("';'");
        assertThatThrownBy(() -> JdbcStore.h2(tmp.resolve("a\nb")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("U+000A");
        assertThat(Files.exists(dir)).isFalse();
    }

    @Test
    void migrationV4KeepsMembersWhoseEmployeeIdsDifferedOnlyInCaseAndMakesIdsUniqueCaseInsensitively()
            throws Exception {
        Organization org = Fixtures.organization("Acme");
        io.orgkit.core.departments.Department root = Fixtures.root(org.id());
        io.orgkit.core.members.Member first = Fixtures.withKeys(Fixtures.member("First", root), "E001", null, null);
        try (JdbcStore store = JdbcStore.of(pool)) {
            store.write(s -> {
                s.insertOrganization(org);
                s.insertDepartment(root);
                s.insertMember(first);
                return null;
            });
        }
        try (Connection c = pool.getConnection();
                Statement st = c.createStatement()) {
            // back to the schema before V5, then before V4
            st.execute("ALTER TABLE orgkit_members DROP COLUMN platform_account");
            st.execute("DROP INDEX orgkit_events_org_ix");
            st.execute("DROP INDEX orgkit_members_name_ix");
            st.execute("CREATE INDEX orgkit_members_name_ix ON orgkit_members (org_id, name)");
            st.execute("DELETE FROM orgkit_schema_history WHERE version = 5");
            st.execute("ALTER TABLE orgkit_members DROP CONSTRAINT orgkit_members_employee_id_uk");
            st.execute("ALTER TABLE orgkit_members DROP COLUMN employee_id_key");
            st.execute("ALTER TABLE orgkit_members ADD CONSTRAINT orgkit_members_employee_id_uk UNIQUE (org_id,"
                    + " employee_id)");
            st.execute("DELETE FROM orgkit_schema_history WHERE version = 4");
            st.execute(
                    "INSERT INTO orgkit_members SELECT org_id, 'zz-second', 'Second', 'e001', phone, email,"
                            + " position, main_department_id, status, resigned_ns, external_id, created_ns FROM orgkit_members");
            st.execute("INSERT INTO orgkit_member_departments SELECT org_id, 'zz-second', department_id, position"
                    + " FROM orgkit_member_departments");
        }

        try (JdbcStore store = JdbcStore.of(pool)) {
            List<io.orgkit.core.members.Member> all = store.read(s -> s.allMembers(org.id(), true));
            assertThat(all).extracting(m -> m.employeeId()).containsExactlyInAnyOrder("E001", "e001");
            assertThat(all).extracting(m -> m.platformAccount()).containsOnlyNulls();
            java.util.Optional<io.orgkit.core.members.Member> byKey =
                    store.read(s -> s.memberByKey(org.id(), io.orgkit.core.store.UniqueKey.EMPLOYEE_ID, "E001"));
            assertThat(byKey).contains(first);
            assertThatThrownBy(() -> store.write(s -> {
                        s.insertMember(Fixtures.withKeys(Fixtures.member("Third", root), "e001", null, null));
                        return null;
                    }))
                    .isInstanceOf(io.orgkit.core.ConflictException.class);
        }
    }

    @Test
    void anUnsupportedDatabaseIsRefusedByNameBeforeAnythingIsWritten() {
        List<String> calls = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> JdbcStore.of(FakeDataSources.claiming("Oracle", 19, calls)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("does not support Oracle")
                .hasMessageContaining("PostgreSQL 15+");
        assertThat(calls).containsOnly("getMetaData", "close");
    }

    @Test
    void aTooOldPostgreSqlIsRefusedWithTheVersionNeeded() {
        List<String> calls = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> JdbcStore.of(FakeDataSources.claiming("PostgreSQL", 13, calls)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("needs PostgreSQL 15 or newer");
        assertThat(calls).containsOnly("getMetaData", "close");
    }

    @Test
    void aSchemaNewerThanTheLibraryKnowsIsRefusedAndLeftAlone() throws Exception {
        JdbcStore.of(pool).close();
        List<Integer> known = versions("orgkit_");
        execute("INSERT INTO orgkit_schema_history (version, description, installed_at) VALUES (99, 'future', 0)");

        assertThatThrownBy(() -> JdbcStore.of(pool))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("schema version 99, newer than this OrgKit version knows ("
                        + TestDatabases.knownVersions()
                                .get(TestDatabases.knownVersions().size() - 1) + ")")
                .hasMessageContaining("upgrade OrgKit");
        List<Integer> expected = new ArrayList<>(TestDatabases.knownVersions());
        expected.add(99);
        assertThat(versions("orgkit_")).isEqualTo(expected);
    }

    @Test
    void migrationsStartedByTwoInstancesAtOnceAreAppliedOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<JdbcStore>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(threads.submit(() -> {
                    start.await();
                    return JdbcStore.builder(pool).tablePrefix("shared_").build();
                }));
            }
            start.countDown();
            for (Future<JdbcStore> f : both) {
                f.get().close();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(versions("shared_")).isEqualTo(TestDatabases.knownVersions());
    }

    @Test
    void tablesCarryTheConfiguredPrefixAndTwoPrefixesAreIndependent() throws Exception {
        JdbcStore hr = JdbcStore.builder(pool).tablePrefix("hr_").build();
        JdbcStore crm = JdbcStore.builder(pool).tablePrefix("crm_").build();
        Organization org = Fixtures.organization("Acme");
        hr.write(s -> {
            s.insertOrganization(org);
            return null;
        });

        assertThat(crm.read(StoreSession::organizations)).isEmpty();
        try (Connection c = pool.getConnection()) {
            assertThat(TestDatabases.tables(c, "hr_"))
                    .extracting(String::toLowerCase)
                    .contains("hr_members", "hr_departments", "hr_schema_history", "hr_leases");
        }
    }

    @Test
    void aBadTablePrefixIsRefusedBeforeAnyTableIsCreated() throws Exception {
        assertThatThrownBy(() -> JdbcStore.builder(pool)
                        .tablePrefix("x; DROP TABLE users")
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("tablePrefix");
        try (Connection c = pool.getConnection()) {
            assertThat(TestDatabases.tables(c, ""))
                    .noneMatch(t -> t.toLowerCase().endsWith("schema_history"));
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<Integer> versions(String prefix) throws Exception {
        List<Integer> out = new ArrayList<>();
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM " + prefix + "schema_history ORDER BY version")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }
}
