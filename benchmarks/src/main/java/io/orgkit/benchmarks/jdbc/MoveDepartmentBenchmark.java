package io.orgkit.benchmarks.jdbc;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.organizations.Creator;
import io.orgkit.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Moving a department with 10,000 descendants to another parent (H2 file database), through the whole service
 * ({@code org.departments().move}: checks, one UPDATE of the moved department, one UPDATE rewriting the 10,001
 * paths of the subtree, the event) against the raw JDBC baseline: the single path-rewriting UPDATE on a plain
 * table with the same columns, keys and indexes holding the same rows. Each call moves the subtree back and forth between two parents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
public class MoveDepartmentBenchmark {
    static final int DESCENDANTS = 10_000;

    private Path dir;
    private OrganizationService service;
    private Org org;
    private Department moving;
    private final Department[] parents = new Department[2];
    private JdbcConnectionPool raw;
    private final String[] rawPrefixes = new String[2];
    private int turn;

    @Setup(Level.Trial)
    public void buildTree() throws SQLException {
        dir = BenchData.tempDir("move");
        JdbcStore store = JdbcStore.h2(dir.resolve("store"));
        service = OrganizationService.builder().store(store).build();
        org = service.ensureDefault(Creator.named("Bench"));
        parents[0] = org.departments().create(org.root(), "Parent A");
        parents[1] = org.departments().create(org.root(), "Parent B");
        moving = org.departments().create(parents[0], "Moving");
        List<Department> tree = descendants(moving);
        store.write(s -> {
            s.insertDepartments(tree);
            return null;
        });
        raw = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("raw/db").toAbsolutePath(), "sa", "");
        fillRaw(tree);
    }

    private static List<Department> descendants(Department top) {
        List<Department> out = new ArrayList<>(DESCENDANTS);
        for (int i = 0; i < 100; i++) {
            Department child = BenchData.child(top, "Team " + i, i);
            out.add(child);
            for (int j = 0; j < DESCENDANTS / 100 - 1; j++) {
                out.add(BenchData.child(child, "Group " + i + "." + j, j));
            }
        }
        return out;
    }

    private void fillRaw(List<Department> tree) throws SQLException {
        rawPrefixes[0] = moving.path();
        rawPrefixes[1] = parents[1].path() + moving.id() + "/";
        try (Connection c = raw.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE plain_departments (org_id VARCHAR(64), id VARCHAR(64), parent_id VARCHAR(64),"
                    + " name VARCHAR(255), sort_order BIGINT, path VARCHAR(4000), depth INT, external_id VARCHAR(255),"
                    + " managers VARCHAR(1000000), PRIMARY KEY (org_id, id), UNIQUE (org_id, external_id))");
            s.execute("CREATE INDEX plain_departments_parent ON plain_departments (org_id, parent_id)");
            s.execute("CREATE INDEX plain_departments_path ON plain_departments (org_id, path)");
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO plain_departments VALUES (?,?,?,?,?,?,?,NULL,'[]')")) {
                for (Department d : concat(moving, tree)) {
                    ps.setString(1, d.orgId().value());
                    ps.setString(2, d.id().value());
                    ps.setString(3, d.parentId() == null ? null : d.parentId().value());
                    ps.setString(4, d.name());
                    ps.setLong(5, d.order());
                    ps.setString(6, d.path());
                    ps.setInt(7, d.depth());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static List<Department> concat(Department first, List<Department> rest) {
        List<Department> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    @TearDown(Level.Trial)
    public void drop() {
        int moved = org.departments().subtree(moving.id()).size();
        if (moved != DESCENDANTS + 1) {
            throw new IllegalStateException("the moved subtree holds " + moved + " departments");
        }
        service.close();
        raw.dispose();
        BenchData.delete(dir);
    }

    @Benchmark
    public Department store() {
        turn = 1 - turn;
        return org.departments().move(moving.id(), parents[turn].id());
    }

    @Benchmark
    public int rawJdbcBaseline() throws SQLException {
        String from = rawPrefixes[turn];
        turn = 1 - turn;
        String to = rawPrefixes[turn];
        try (Connection c = raw.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE plain_departments SET path = CONCAT(?, SUBSTRING(path, ?)), depth = depth + 0"
                                + " WHERE org_id = ? AND path LIKE ?")) {
            c.setAutoCommit(false);
            ps.setString(1, to);
            ps.setInt(2, from.length() + 1);
            ps.setString(3, moving.orgId().value());
            ps.setString(4, from + "%");
            int changed = ps.executeUpdate();
            c.commit();
            if (changed != DESCENDANTS + 1) {
                throw new IllegalStateException("the baseline rewrote " + changed + " paths");
            }
            return changed;
        }
    }
}
