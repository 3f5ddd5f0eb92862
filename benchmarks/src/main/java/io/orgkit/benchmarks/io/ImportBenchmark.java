package io.orgkit.benchmarks.io;

import io.orgkit.benchmarks.jdbc.BenchData;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.internal.search.SearchTerms;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.search.pinyin.PinyinSearchTerms;
import io.orgkit.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Import of a generated .xlsx (100,000 members by default) into the in-memory store and into an embedded H2
 * database, against a raw POI event-model parse of the same file in the same run. Each import goes into a fresh,
 * empty organization (and, for H2, a fresh database).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ImportBenchmark {
    @Param("100000")
    int rows;

    /**
     * Where the import writes: the in-memory store, an embedded H2 database (JdbcStore) on disk, or PostgreSQL
     * ({@code -p store=postgres}: a fresh schema per import on {@code ORGKIT_BENCH_POSTGRES_URL} or the local
     * default, the raw floor's plain tables in the same schema).
     */
    @Param({"memory", "h2"})
    String store;

    /** How the file stores its texts: inline in the cells, or in a shared-strings table (Excel, LibreOffice). */
    @Param({"inline", "shared"})
    String strings;

    Path file;
    Org org;
    OrganizationService service;

    @Nullable
    JdbcStore jdbc;

    @Nullable
    Path h2;

    @Setup(Level.Trial)
    public void writeFile() throws Exception {
        file = MemberFiles.xlsx(Files.createTempFile("orgkit-bench-", ".xlsx"), rows, strings.equals("shared"));
    }

    @Nullable
    JdbcConnectionPool raw;

    Department rawRoot = BenchData.root(BenchData.organization().id());

    private static final SearchTerms FLOOR_TERMS = new SearchTerms(List.of(new PinyinSearchTerms()));

    @Nullable
    String schema;

    @Nullable
    JdbcConnectionPool pg;

    @Setup(Level.Invocation)
    public void freshOrganization() throws Exception {
        h2 = store.equals("h2") ? Files.createTempDirectory("orgkit-bench-h2-") : null;
        if (h2 != null) {
            jdbc = JdbcStore.h2(h2);
            raw = JdbcConnectionPool.create(
                    "jdbc:h2:file:" + h2.resolve("raw/db").toAbsolutePath(), "sa", "");
        } else if (store.equals("postgres")) {
            schema = "ib" + System.nanoTime() % 1_000_000_000L;
            pg = postgres(schema);
            jdbc = JdbcStore.builder(pg).build();
            raw = pg;
        } else {
            jdbc = null;
        }
        OrgStore s = jdbc == null ? new InMemoryStore() : jdbc;
        service = OrganizationService.builder().store(s).build();
        org = service.ensureDefault(Creator.named("Admin"));
        if (raw != null) {
            BenchData.createPlainTables(raw);
        }
    }

    /** A pool on a new PostgreSQL schema that its connections use by default. */
    private static JdbcConnectionPool postgres(String schema) throws java.sql.SQLException {
        String url = System.getenv()
                .getOrDefault("ORGKIT_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        PGConnectionPoolDataSource admin = new PGConnectionPoolDataSource();
        admin.setURL(url);
        try (java.sql.Connection c = admin.getConnection();
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
        ds.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(8);
        return pool;
    }

    @TearDown(Level.Invocation)
    public void closeStore() throws Exception {
        service.close();
        if (jdbc != null) {
            jdbc.close();
        }
        if (pg != null) {
            try (java.sql.Connection c = pg.getConnection();
                    java.sql.Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            pg.dispose();
            pg = null;
            raw = null;
        }
        if (raw != null) {
            raw.dispose();
            raw = null;
        }
        if (h2 != null) {
            try (var files = Files.walk(h2)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws Exception {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public void rawPoiEventModelParse(Blackhole bh) throws Exception {
        RawPoi.parse(file, bh::consume);
    }

    /**
     * The raw floor of an import into H2 (issue 9): the same POI parse, each row made a member (time-ordered id,
     * the root department), then a plain JDBC batch insert of those rows into tables with the same columns, unique
     * keys and indexes as the store's (BenchData), in one transaction, into a fresh H2 file database with H2's
     * default settings (the store's own database splits pages at 32 KB instead of 4 KB: {@code JdbcStore.h2}).
     */
    @Benchmark
    public void rawParseAndJdbcInsert() throws Exception {
        BenchData.rawInsert(raw, parsedMembers());
    }

    /**
     * The raw floor with the same rows as the import (issue 9): {@link #rawParseAndJdbcInsert} plus, per member, a
     * feed event and a search row with the terms core derives (with the pinyin plug-in, as the import has).
     */
    @Benchmark
    public void rawParseAndJdbcInsertAllRows() throws Exception {
        BenchData.rawInsertAllRows(raw, parsedMembers(), FLOOR_TERMS);
    }

    /** The raw POI parse, each row made a member (time-ordered id, the root department). */
    private java.util.List<Member> parsedMembers() throws Exception {
        java.util.List<Member> members = new java.util.ArrayList<>(rows);
        boolean[] header = {true};
        RawPoi.parse(file, cells -> {
            if (header[0]) {
                header[0] = false;
                return;
            }
            members.add(new Member(
                    MemberId.random(),
                    rawRoot.orgId(),
                    cells.get(0),
                    cells.get(1),
                    cells.get(2),
                    cells.get(3),
                    cells.get(4),
                    java.util.List.of(rawRoot.id()),
                    rawRoot.id(),
                    MemberStatus.ACTIVE,
                    null,
                    null,
                    BenchData.T));
        });
        return members;
    }

    @Benchmark
    public ImportResult orgkitImport() {
        ImportResult r = org.io().importMembers(file, ImportOptions.defaults().createMissingDepartments(true));
        if (r.created() != rows) {
            throw new IllegalStateException(
                    "import failed: " + r + " " + r.errors().stream().limit(3).toList());
        }
        return r;
    }
}
