package io.orgkit.benchmarks.jdbc;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.MemberPageQuery;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.store.UniqueKey;
import io.orgkit.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * One organization of 100,000 members in an H2 file database: a keyset page of 100 members from the middle of the
 * name order ({@code memberPage}: one indexed query for the ids, then the members and their links) against one raw
 * JDBC keyset query of the same page on plain tables with the same indexes (the baseline); an exact lookup by phone
 * ({@code memberByKey}) against a raw indexed {@code SELECT}; and, for scale, the unpaged listing of every member
 * that paging replaces.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class MemberPageBenchmark {
    static final int MEMBERS = 100_000;
    static final int PAGE = 100;

    private Path dir;
    private JdbcStore store;
    private JdbcConnectionPool raw;
    private Organization org;
    private Member middle;

    @Setup(Level.Trial)
    public void fill() throws SQLException {
        dir = BenchData.tempDir("page");
        store = JdbcStore.h2(dir.resolve("store"));
        org = BenchData.organization();
        Department root = BenchData.root(org.id());
        List<Member> members = BenchData.members(root, MEMBERS);
        store.write(s -> {
            s.insertOrganization(org);
            s.insertDepartment(root);
            s.insertMembers(members);
            return null;
        });
        middle = members.stream()
                .sorted(java.util.Comparator.comparing(Member::name).thenComparing(m -> m.id().value()))
                .skip(MEMBERS / 2)
                .findFirst()
                .orElseThrow();
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
    public List<Member> storePage() {
        MemberPageQuery q = MemberPageQuery.all(org.id(), PAGE).after(middle.name(), middle.id());
        return store.read((StoreSession s) -> s.memberPage(q));
    }

    @Benchmark
    public List<String[]> rawKeysetPageBaseline() throws SQLException {
        try (Connection c = raw.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT m.* FROM plain_members m WHERE m.org_id = ?"
                        + " AND m.status = 'ACTIVE' AND m.name >= ? AND (m.name > ? OR m.id > ?)"
                        + " ORDER BY m.org_id, m.name, m.id LIMIT ?")) {
            ps.setString(1, org.id().value());
            ps.setString(2, middle.name());
            ps.setString(3, middle.name());
            ps.setString(4, middle.id().value());
            ps.setInt(5, PAGE);
            return rows(ps);
        }
    }

    @Benchmark
    public Optional<Member> storeLookupByPhone() {
        return store.read((StoreSession s) -> s.memberByKey(org.id(), UniqueKey.PHONE, middle.phone()));
    }

    @Benchmark
    public List<String[]> rawLookupBaseline() throws SQLException {
        try (Connection c = raw.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT m.* FROM plain_members m WHERE m.org_id = ? AND m.phone = ?")) {
            ps.setString(1, org.id().value());
            ps.setString(2, middle.phone());
            return rows(ps);
        }
    }

    @Benchmark
    public List<Member> storeListAllUnpaged() {
        return store.read((StoreSession s) -> s.allMembers(org.id(), false));
    }

    private static List<String[]> rows(PreparedStatement ps) throws SQLException {
        List<String[]> rows = new ArrayList<>();
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
