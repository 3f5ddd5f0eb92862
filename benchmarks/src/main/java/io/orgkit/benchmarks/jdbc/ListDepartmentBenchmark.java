package io.orgkit.benchmarks.jdbc;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoreSession;
import io.orgkit.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Listing the 10,000 active members of one department (H2 file database): the store's
 * {@code membersInDepartments} (member rows, then all their links, as full {@code Member} values sorted by
 * name) against one raw JDBC query reading the same member columns from plain tables with the same keys and indexes (the baseline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
public class ListDepartmentBenchmark {
    static final int MEMBERS = 10_000;

    private Path dir;
    private JdbcStore store;
    private JdbcConnectionPool raw;
    private Organization org;
    private Department dept;

    @Setup(Level.Trial)
    public void fill() throws SQLException {
        dir = BenchData.tempDir("list");
        store = JdbcStore.h2(dir.resolve("store"));
        org = BenchData.organization();
        Department root = BenchData.root(org.id());
        dept = BenchData.child(root, "Big", 1);
        List<Member> members = BenchData.members(dept, MEMBERS);
        store.write(s -> {
            s.insertOrganization(org);
            s.insertDepartments(List.of(root, dept));
            s.insertMembers(members);
            return null;
        });
        raw = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("raw/db").toAbsolutePath(), "sa", "");
        BenchData.createPlainTables(raw);
        BenchData.rawInsert(raw, members);
    }

    @TearDown(Level.Trial)
    public void drop() {
        store.close();
        raw.dispose();
        BenchData.delete(dir);
    }

    @Benchmark
    public List<Member> store() {
        return store.read((StoreSession s) -> s.membersInDepartments(org.id(), List.of(dept.id()), false));
    }

    @Benchmark
    public List<String[]> rawJdbcBaseline() throws SQLException {
        try (Connection c = raw.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT m.* FROM plain_members m WHERE m.org_id = ? AND m.status = 'ACTIVE' AND m.id IN"
                                + " (SELECT l.member_id FROM plain_links l WHERE l.org_id = ? AND l.department_id = ?)"
                                + " ORDER BY m.name, m.id")) {
            ps.setString(1, org.id().value());
            ps.setString(2, org.id().value());
            ps.setString(3, dept.id().value());
            List<String[]> rows = new ArrayList<>(MEMBERS);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
