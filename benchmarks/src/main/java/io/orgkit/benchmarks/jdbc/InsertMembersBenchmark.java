package io.orgkit.benchmarks.jdbc;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Organization;
import io.orgkit.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.sql.SQLException;
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
 * Inserting 100,000 members (each with employee id, phone, email and one department link) into an H2 file
 * database: through {@code StoreSession.insertMembers} (one transaction, JDBC batches, unique keys enforced)
 * against a raw JDBC batch insert of the same rows into plain tables with the same columns, keys and indexes
 * (the baseline).
 * Each iteration starts from an empty database.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class InsertMembersBenchmark {
    static final int MEMBERS = 100_000;

    private Path dir;
    private JdbcStore store;
    private JdbcConnectionPool raw;
    private Department root;
    private List<Member> members;

    @Setup(Level.Iteration)
    public void emptyDatabases() throws SQLException {
        dir = BenchData.tempDir("insert");
        store = JdbcStore.h2(dir.resolve("store"));
        Organization org = BenchData.organization();
        root = BenchData.root(org.id());
        store.write(s -> {
            s.insertOrganization(org);
            s.insertDepartment(root);
            return null;
        });
        raw = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("raw/db").toAbsolutePath(), "sa", "");
        BenchData.createPlainTables(raw);
        members = BenchData.members(root, MEMBERS);
    }

    @TearDown(Level.Iteration)
    public void dropDatabases() {
        store.close();
        raw.dispose();
        BenchData.delete(dir);
    }

    @Benchmark
    public void store() {
        store.write(s -> {
            s.insertMembers(members);
            return null;
        });
    }

    @Benchmark
    public void rawJdbcBaseline() throws SQLException {
        BenchData.rawInsert(raw, members);
    }
}
