package io.orgkit.benchmarks.jdbc;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.search.SearchTerms;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.SearchEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** Rows the benchmarks write, and the plain tables of the raw-JDBC baselines. */
public final class BenchData {
    public static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private BenchData() {}

    public static Organization organization() {
        return new Organization(OrgId.random(), "Bench", Organization.GENERIC, null, true, false, Map.of(), T);
    }

    public static Department root(OrgId org) {
        DepartmentId id = DepartmentId.of(org.value());
        return new Department(id, org, null, "Root", 0, Department.pathUnder("", id), null, List.of());
    }

    static Department child(Department parent, String name, long order) {
        DepartmentId id = DepartmentId.random();
        return new Department(
                id, parent.orgId(), parent.id(), name, order, Department.pathUnder(parent.path(), id), null, List.of());
    }

    /** {@code n} members of {@code dept}, each with an employee id, phone and email (all unique). */
    static List<Member> members(Department dept, int n) {
        List<Member> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Member(
                    MemberId.random(),
                    dept.orgId(),
                    "Member " + i,
                    "E" + i,
                    "+86 138 " + i,
                    "m" + i + "@bench.example",
                    "Engineer",
                    List.of(dept.id()),
                    dept.id(),
                    MemberStatus.ACTIVE,
                    null,
                    null,
                    T));
        }
        return out;
    }

    public static Path tempDir(String name) {
        try {
            return Files.createTempDirectory("orgkit-bench-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baseline's plain tables: the same columns, keys and indexes as the store's tables. */
    public static void createPlainTables(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE plain_members (org_id VARCHAR(64), id VARCHAR(64), name VARCHAR(255),"
                    + " employee_id VARCHAR(255), phone VARCHAR(255), email VARCHAR(255), position VARCHAR(255),"
                    + " main_department_id VARCHAR(64), status VARCHAR(16), resigned_ns BIGINT,"
                    + " external_id VARCHAR(255), created_ns BIGINT, PRIMARY KEY (org_id, id),"
                    + " UNIQUE (org_id, employee_id), UNIQUE (org_id, phone), UNIQUE (org_id, email),"
                    + " UNIQUE (org_id, external_id))");
            s.execute("CREATE INDEX plain_members_name ON plain_members (org_id, name, id)");
            s.execute("CREATE TABLE plain_links (org_id VARCHAR(64), member_id VARCHAR(64), department_id VARCHAR(64),"
                    + " position INT, PRIMARY KEY (org_id, member_id, department_id))");
            s.execute("CREATE INDEX plain_links_dept ON plain_links (org_id, department_id)");
            boolean postgres = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
            s.execute("CREATE TABLE plain_events (seq BIGINT PRIMARY KEY, org_id VARCHAR(64), type VARCHAR(100),"
                    + " payload " + (postgres ? "TEXT" : "CHARACTER LARGE OBJECT") + ", created_ns BIGINT)");
            s.execute("CREATE INDEX plain_events_org ON plain_events (org_id, seq)");
            s.execute("CREATE TABLE plain_search_docs (org_id VARCHAR(64), subject VARCHAR(1), subject_id VARCHAR(64),"
                    + " rev BIGINT, sort_name VARCHAR(255), terms VARCHAR(16000),"
                    + " PRIMARY KEY (org_id, subject, subject_id))");
            s.execute("CREATE INDEX plain_search_docs_rev ON plain_search_docs (org_id, subject, rev)");
        }
    }

    /**
     * The baseline with every row an import writes per member: {@link #rawInsert}'s members and links, plus a
     * feed event (a JSON text like the store's) and a search row with the member's terms as derived by core (with
     * the plug-ins given), each as JDBC batches of 1,000 in the same one transaction.
     */
    public static void rawInsertAllRows(DataSource ds, List<Member> members, SearchTerms terms) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            insertMembersAndLinks(c, members);
            long[] seq = {0};
            try (PreparedStatement e = c.prepareStatement("INSERT INTO plain_events VALUES (?,?,?,?,?)")) {
                batched(e, members, (ps, x) -> {
                    ps.setLong(1, ++seq[0]);
                    ps.setString(2, x.orgId().value());
                    ps.setString(3, "MemberAdded");
                    ps.setString(
                            4,
                            "{\"orgId\":\"" + x.orgId().value() + "\",\"at\":\"" + T + "\",\"member\":\""
                                    + x.id().value() + "\",\"name\":\"" + x.name()
                                    + "\",\"actor\":{\"kind\":\"UNATTRIBUTED\"}}");
                    ps.setLong(5, 0);
                });
            }
            try (PreparedStatement d = c.prepareStatement("INSERT INTO plain_search_docs VALUES (?,?,?,?,?,?)")) {
                batched(d, members, (ps, x) -> {
                    SearchEntry entry = terms.derive(x);
                    StringBuilder text = new StringBuilder();
                    for (IndexedTerm t : entry.terms()) {
                        if (text.length() > 0) {
                            text.append('\u001f');
                        }
                        text.append(t.whole() ? '1' : '0').append(t.text());
                    }
                    ps.setString(1, x.orgId().value());
                    ps.setString(2, "M");
                    ps.setString(3, x.id().value());
                    ps.setLong(4, 1);
                    ps.setString(5, entry.sortName());
                    ps.setString(6, text.toString());
                });
            }
            c.commit();
        }
    }

    /** Inserts the members, then their links, as JDBC batches of 1,000 rows in one transaction: the baseline. */
    public static void rawInsert(DataSource ds, List<Member> members) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            insertMembersAndLinks(c, members);
            c.commit();
        }
    }

    private static void insertMembersAndLinks(Connection c, List<Member> members) throws SQLException {
        try (PreparedStatement m = c.prepareStatement("INSERT INTO plain_members VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            batched(m, members, BenchData::bindMember);
        }
        try (PreparedStatement l = c.prepareStatement("INSERT INTO plain_links VALUES (?,?,?,?)")) {
            batched(l, members, (ps, x) -> {
                ps.setString(1, x.orgId().value());
                ps.setString(2, x.id().value());
                ps.setString(3, x.mainDepartmentId().value());
                ps.setInt(4, 0);
            });
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps, Member m) throws SQLException;
    }

    private static void batched(PreparedStatement ps, List<Member> members, Binder binder) throws SQLException {
        int pending = 0;
        for (Member x : members) {
            binder.bind(ps, x);
            ps.addBatch();
            if (++pending == 1000) {
                ps.executeBatch();
                pending = 0;
            }
        }
        ps.executeBatch();
    }

    private static void bindMember(PreparedStatement m, Member x) throws SQLException {
        m.setString(1, x.orgId().value());
        m.setString(2, x.id().value());
        m.setString(3, x.name());
        m.setString(4, x.employeeId());
        m.setString(5, x.phone());
        m.setString(6, x.email());
        m.setString(7, x.position());
        m.setString(8, x.mainDepartmentId().value());
        m.setString(9, x.status().name());
        m.setNull(10, java.sql.Types.BIGINT);
        m.setString(11, x.externalId());
        m.setLong(12, x.createdAt().getEpochSecond() * 1_000_000_000L);
    }
}
