package io.orgkit.benchmarks.search;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.OrganizationServiceBuilder;
import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.OrgStore;
import io.orgkit.search.pinyin.PinyinSearchTerms;
import io.orgkit.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Figures of the JDBC store's search that are one long operation each (not JMH):
 *
 * <ul>
 *   <li>member insert throughput through the service ({@code org.members().add}, one transaction each), with
 *       search terms (core's terms and pinyin, one search row per member) against the same service over a
 *       {@link TermlessStore} and without the pinyin plug-in — rounds alternating, median of three;
 *   <li>the first search of a 100,000-member organization by an instance that has not indexed it yet (reading
 *       the rows and building the index), and the search after it.
 * </ul>
 *
 * <p>{@code java -Xmx3g -cp benchmarks/target/benchmarks.jar io.orgkit.benchmarks.search.JdbcSearchFigures h2}
 * (or {@code postgres}, with {@code ORGKIT_BENCH_POSTGRES_URL} or the local default).
 */
public final class JdbcSearchFigures {
    private static final int INSERTS = Integer.getInteger("orgkit.bench.inserts", 3_000);
    private static final int MEMBERS = Integer.getInteger("orgkit.bench.members", 100_000);

    private JdbcSearchFigures() {}

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "h2";
        insertThroughput(kind);
        firstSearch(kind);
    }

    private static void insertThroughput(String kind) throws Exception {
        long[] without = new long[3];
        long[] with = new long[3];
        timeAdds(kind, true); // warm-up of both paths
        timeAdds(kind, false);
        for (int round = 0; round < 3; round++) {
            without[round] = timeAdds(kind, false);
            with[round] = timeAdds(kind, true);
        }
        Arrays.sort(without);
        Arrays.sort(with);
        System.out.printf(
                "%s members().add x %d: without search terms %d ms (%.0f/s), with terms %d ms (%.0f/s),"
                        + " ratio %.2f (rounds %s / %s)%n",
                kind,
                INSERTS,
                without[1],
                INSERTS * 1000.0 / without[1],
                with[1],
                INSERTS * 1000.0 / with[1],
                (double) with[1] / without[1],
                Arrays.toString(without),
                Arrays.toString(with));
    }

    private static long timeAdds(String kind, boolean terms) throws Exception {
        Opened db = open(kind);
        OrgStore store = terms ? db.store() : new TermlessStore(db.store());
        OrganizationServiceBuilder builder = OrganizationService.builder()
                .store(store)
                .discoverSearchTerms(false)
                .passwordHasher(new BcryptPasswordHasher(4));
        if (terms) {
            builder.searchTerms(new PinyinSearchTerms());
        }
        try (OrganizationService service = builder.build()) {
            Org org = service.ensureDefault(new Creator("Admin", null));
            List<NewMember> people = newMembers(org, INSERTS);
            long started = System.nanoTime();
            for (NewMember m : people) {
                org.members().add(m);
            }
            return (System.nanoTime() - started) / 1_000_000;
        } finally {
            db.close();
        }
    }

    private static List<NewMember> newMembers(Org org, int count) {
        List<Department> departments = People.departments(org.root());
        List<NewMember> out = new ArrayList<>(count);
        for (Member m : People.members(org.id(), departments, count)) {
            out.add(NewMember.named(m.name())
                    .employeeId(m.employeeId())
                    .phone(m.phone())
                    .email(m.email()));
        }
        return out;
    }

    private static void firstSearch(String kind) throws Exception {
        Opened db = open(kind);
        try {
            SearchFixture loaded = SearchFixture.load(db.store());
            if (kind.equals("postgres")) {
                SearchFixture.analyze(db.dataSource());
            }
            // a second instance over the same database: its cache is empty
            JdbcStore other =
                    JdbcStore.builder(db.dataSource()).tablePrefix(db.prefix()).build();
            Org org = OrganizationService.builder()
                    .store(other)
                    .discoverSearchTerms(false)
                    .searchTerms(new PinyinSearchTerms())
                    .build()
                    .org(loaded.org.id());
            long started = System.nanoTime();
            int hits = org.search().members("张").size();
            long first = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            org.search().members("张");
            long second = (System.nanoTime() - started) / 1_000;
            System.out.printf(
                    "%s first search of %d members by a fresh instance: %d ms (%d hits; %d subjects indexed),"
                            + " the next one %d us%n",
                    kind, MEMBERS, first, hits, other.searchIndexedSubjects(), second);
        } finally {
            db.close();
        }
    }

    /** A database for one measurement. */
    private record Opened(DataSource dataSource, String prefix, JdbcStore store, AutoCloseable cleanUp)
            implements AutoCloseable {
        @Override
        public void close() throws Exception {
            store.close();
            cleanUp.close();
        }
    }

    private static Opened open(String kind) throws Exception {
        String prefix = "jf" + System.nanoTime() % 1_000_000 + "_";
        if (kind.equals("h2")) {
            Path dir = Files.createTempDirectory("orgkit-jdbc-figures");
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1");
            JdbcStore store = JdbcStore.builder(ds).tablePrefix(prefix).build();
            return new Opened(ds, prefix, store, () -> {
                try (Connection c = ds.getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            });
        }
        DataSource ds = SearchFixture.postgresPool();
        JdbcStore store = JdbcStore.builder(ds).tablePrefix(prefix).build();
        return new Opened(ds, prefix, store, () -> dropTables(ds, prefix));
    }

    private static void dropTables(DataSource ds, String prefix) throws Exception {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, prefix + "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String t : tables) {
                s.execute("DROP TABLE IF EXISTS " + t + " CASCADE");
            }
        }
    }
}
