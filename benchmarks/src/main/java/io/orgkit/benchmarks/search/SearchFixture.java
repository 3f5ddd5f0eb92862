package io.orgkit.benchmarks.search;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.departments.Department;
import io.orgkit.core.internal.search.SearchTerms;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.search.pinyin.PinyinSearchTerms;
import io.orgkit.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGConnectionPoolDataSource;

/** One loaded organization per store kind, shared by the benchmark's parameter combinations (one JVM). */
final class SearchFixture {
    /** Members loaded: 100,000, or the system property {@code orgkit.bench.members} (a smaller H2 run). */
    static final int MEMBERS = Integer.getInteger("orgkit.bench.members", 100_000);

    /**
     * Names whose pinyin the service's plug-in keeps ({@code PinyinSearchTerms.RECENT_NAMES}, or the system
     * property {@code orgkit.bench.pinyinNamesKept}: 0 spells the names of every page's hits again, as a first
     * query does).
     */
    static final int PINYIN_NAMES_KEPT =
            Integer.getInteger("orgkit.bench.pinyinNamesKept", PinyinSearchTerms.RECENT_NAMES);

    private static final Map<String, SearchFixture> LOADED = new LinkedHashMap<>();
    private static @Nullable DataSource postgres;

    final Org org;
    final List<Member> members;
    final Map<String, String> queries;

    private SearchFixture(Org org, List<Member> members) {
        this.org = org;
        this.members = members;
        this.queries = queries(members);
    }

    static synchronized SearchFixture of(String store) throws Exception {
        if (!LOADED.containsKey(store)) {
            LOADED.put(store, load(open(store)));
            if (store.equals("postgres")) {
                analyze(postgres);
            }
        }
        return LOADED.get(store);
    }

    private static OrgStore open(String kind) throws Exception {
        return switch (kind) {
            case "memory" -> new InMemoryStore();
            case "h2" ->
                JdbcStore.h2(Files.createTempDirectory("orgkit-search-bench").resolve("db"));
            case "postgres" -> {
                DataSource ds = postgresPool();
                postgres = ds;
                yield JdbcStore.builder(ds)
                        .tablePrefix("sb" + System.nanoTime() % 100_000 + "_")
                        .build();
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static SearchFixture load(OrgStore store) {
        OrganizationService service = OrganizationService.builder()
                .store(store)
                .discoverSearchTerms(false)
                .searchTerms(new PinyinSearchTerms(PINYIN_NAMES_KEPT))
                .passwordHasher(new BcryptPasswordHasher(4))
                .build();
        Org org = service.ensureDefault(new Creator("Admin", null));
        SearchTerms terms = new SearchTerms(List.of(new PinyinSearchTerms()));
        List<Department> departments = People.departments(org.root());
        List<Member> members = People.members(org.id(), departments, MEMBERS);
        store.write(s -> {
            List<Department> created = departments.subList(1, departments.size());
            s.insertDepartments(created);
            s.putSearchEntries(created.stream().map(terms::derive).toList());
            return null;
        });
        for (int i = 0; i < members.size(); i += 5_000) {
            List<Member> chunk = members.subList(i, Math.min(members.size(), i + 5_000));
            store.write(s -> {
                s.insertMembers(chunk);
                s.putSearchEntries(chunk.stream().map(terms::derive).toList());
                return null;
            });
        }
        return new SearchFixture(org, members);
    }

    /**
     * Updates PostgreSQL's planner statistics after the bulk load, as autovacuum does on a production server
     * within a minute (the local test server runs with {@code autovacuum = off}); without them the planner guesses
     * a 100,000-row table is nearly empty and reads a page of members through the wrong index (about 30 ms
     * instead of 1).
     */
    static void analyze(@Nullable DataSource ds) throws SQLException {
        if (ds != null) {
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    /**
     * A pool of PostgreSQL connections ({@code ORGKIT_BENCH_POSTGRES_URL} or the local default), as an application
     * has: without one every store transaction would open a connection (about 10-20 ms on its own).
     */
    static DataSource postgresPool() {
        PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
        pg.setURL(System.getenv()
                .getOrDefault("ORGKIT_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"));
        JdbcConnectionPool pool = JdbcConnectionPool.create(pg);
        pool.setMaxConnections(8);
        return pool;
    }

    /** The eight query kinds, taken from the generated data so that each finds what it should. */
    private static Map<String, String> queries(List<Member> members) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("surname", "张");
        Member cn = members.stream()
                .skip(777)
                .filter(m -> m.name().length() == 3)
                .findFirst()
                .orElseThrow();
        q.put("fragment", cn.name().substring(1, 3));
        q.put("initials", "zs");
        q.put("pinyin", new PinyinSearchTerms().termsFor(cn.name()).get(0).text());
        q.put("phone4", members.get(4321).phone().substring(7, 11));
        q.put(
                "email",
                members.stream()
                        .skip(555)
                        .filter(m -> !m.email().contains(".cn@"))
                        .findFirst()
                        .orElseThrow()
                        .email()
                        .split("\\.")[1]
                        .substring(0, 4));
        q.put("employeeId", "E0012");
        q.put("miss", "xqzv");
        return q;
    }
}
