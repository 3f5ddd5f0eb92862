package io.orgkit.store.jdbc.internal;

import io.orgkit.core.StorageException;
import io.orgkit.store.jdbc.JdbcDialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades the OrgKit tables from the versioned scripts {@code migrations/<dialect>/V<n>.sql},
 * recording each applied version in {@code <prefix>schema_history} (its own table, apart from the host's
 * Flyway or Liquibase history). Runs under a {@link MigrationLock}, so instances starting at once apply each
 * version once; refuses tables newer than this library knows.
 */
public final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    /** The highest version number looked for. */
    private static final int MAX_VERSION = 99;

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final Tables tables;

    public Migrator(DataSource dataSource, SqlDialect dialect, Tables tables) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.tables = tables;
    }

    /** The newest schema version this library knows for the dialect. */
    public int knownVersion() {
        List<Integer> known = knownVersions();
        return known.isEmpty() ? 0 : known.get(known.size() - 1);
    }

    /**
     * The versions this library has scripts for, ascending. Numbers may have gaps (versions are assigned to changes
     * developed side by side); each one is applied once, whatever the order the others were applied in.
     */
    List<Integer> knownVersions() {
        List<Integer> out = new ArrayList<>();
        for (int v = 1; v <= MAX_VERSION; v++) {
            if (Migrator.class.getResource(script(v)) != null) {
                out.add(v);
            }
        }
        return out;
    }

    private String script(int version) {
        return "/io/orgkit/store/jdbc/migrations/" + dialect.scriptFolder() + "/V" + version + ".sql";
    }

    public void migrate() {
        try (Connection lockConnection = dataSource.getConnection();
                MigrationLock lock = MigrationLock.acquire(lockConnection, dialect, tables)) {
            upgradeHolding(lock);
        } catch (SQLException e) {
            throw new StorageException(
                    "could not create or upgrade the OrgKit tables '" + tables.prefix() + "*' (SQLState "
                            + e.getSQLState() + "); check that the database user may create tables",
                    e);
        }
    }

    /** H2's lock is an open transaction on the lock connection, so H2 migrates on a second connection. */
    private void upgradeHolding(MigrationLock lock) throws SQLException {
        if (dialect.kind() == JdbcDialect.H2) {
            try (Connection work = dataSource.getConnection()) {
                upgrade(work);
            }
        } else {
            upgrade(lock.connection());
        }
    }

    private void upgrade(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + tables.history() + " (version INT NOT NULL PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL, installed_at BIGINT NOT NULL)");
        }
        java.util.Set<Integer> applied = appliedVersions(c);
        int current = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
        int known = knownVersion();
        if (current > known) {
            throw new StorageException("the OrgKit tables '" + tables.prefix() + "*' are at schema version " + current
                    + ", newer than this OrgKit version knows (" + known + "); upgrade OrgKit to the version that"
                    + " created them, or use another table prefix");
        }
        for (int v : knownVersions()) {
            if (!applied.contains(v)) {
                apply(c, v);
            }
        }
    }

    private java.util.Set<Integer> appliedVersions(Connection c) throws SQLException {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM " + tables.history())) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    private void apply(Connection c, int version) throws SQLException {
        List<String> statements = statements(version);
        boolean transactionalDdl = dialect.kind() == JdbcDialect.POSTGRESQL;
        c.setAutoCommit(!transactionalDdl);
        try (Statement s = c.createStatement()) {
            for (String sql : statements.subList(1, statements.size())) {
                s.execute(sql);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO " + tables.history() + " (version, description, installed_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, version);
            ps.setString(2, statements.get(0));
            ps.setLong(3, System.currentTimeMillis());
            ps.executeUpdate();
        }
        if (transactionalDdl) {
            c.commit();
            c.setAutoCommit(true);
        }
        LOG.info("OrgKit tables '{}*' migrated to version {} ({})", tables.prefix(), version, statements.get(0));
    }

    /** The description (first comment line) followed by the script's statements. */
    private List<String> statements(int version) {
        String text = read(script(version)).replace("${p}", tables.prefix());
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String description = "version " + version;
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--")) {
                if (out.isEmpty() && current.length() == 0 && description.startsWith("version ")) {
                    description = trimmed.substring(2).trim();
                }
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().trim();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        out.add(0, description);
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = Migrator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StorageException("OrgKit migration script " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("cannot read OrgKit migration script " + resource, e);
        }
    }
}
