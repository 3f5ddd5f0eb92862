package io.orgkit.store.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** DataSources for the test databases, unique table prefixes, and clean-up. */
final class TestDatabases {
    static final String POSTGRES_ENV = "ORGKIT_TEST_POSTGRES_URL";
    static final String MYSQL_ENV = "ORGKIT_TEST_MYSQL_URL";

    private TestDatabases() {}

    /** A URL for the variable that fits the local servers CI uses. */
    static String exampleUrl(String env) {
        return env.equals(POSTGRES_ENV)
                ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
                : "jdbc:mariadb://127.0.0.1:3306/test?user=root";
    }

    /** A prefix no other test run uses, so repeated and parallel runs never meet. */
    /** The migration versions the jar has scripts for (H2's; every dialect has the same numbers), ascending. */
    static java.util.List<Integer> knownVersions() {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int v = 1; v <= 99; v++) {
            if (TestDatabases.class.getResource("/io/orgkit/store/jdbc/migrations/h2/V" + v + ".sql") != null) {
                out.add(v);
            }
        }
        return out;
    }

    static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
    }

    /**
     * A private in-memory H2 database (pooled, so concurrent tests get several connections), with the lock timeout
     * and page size {@code JdbcStore.h2} opens its file database with.
     */
    static JdbcConnectionPool h2Memory() {
        return JdbcConnectionPool.create(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;PAGE_SIZE=32768", "sa", "");
    }

    static DataSource postgres() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(System.getenv(POSTGRES_ENV));
        return ds;
    }

    static DataSource mysql() {
        try {
            return new MariaDbDataSource(System.getenv(MYSQL_ENV));
        } catch (SQLException e) {
            throw new IllegalStateException("bad " + MYSQL_ENV + ": " + e.getMessage(), e);
        }
    }

    /** Drops every table whose name starts with {@code prefix}. */
    static void dropTables(DataSource ds, String prefix) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String table : tables(c, prefix)) {
                s.execute("DROP TABLE " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test tables " + prefix + "*", e);
        }
    }

    static List<String> tables(Connection c, String prefix) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> out = new ArrayList<>();
        try (ResultSet rs = md.getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
