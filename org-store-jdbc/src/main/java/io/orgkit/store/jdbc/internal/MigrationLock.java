package io.orgkit.store.jdbc.internal;

import io.orgkit.core.StorageException;
import io.orgkit.store.jdbc.JdbcDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps two instances from migrating the same tables at once. PostgreSQL: a session advisory lock; MySQL and
 * MariaDB: {@code GET_LOCK}; H2: a row of {@code <prefix>schema_lock} held {@code FOR UPDATE}. Every kind is
 * tied to the lock connection, so a process that dies mid-migration frees it with its connection.
 */
final class MigrationLock implements AutoCloseable {
    private static final int WAIT_SECONDS = 120;

    private final Connection connection;
    private final SqlDialect dialect;
    private final Tables tables;

    private MigrationLock(Connection connection, SqlDialect dialect, Tables tables) {
        this.connection = connection;
        this.dialect = dialect;
        this.tables = tables;
    }

    static MigrationLock acquire(Connection c, SqlDialect dialect, Tables tables) throws SQLException {
        MigrationLock lock = new MigrationLock(c, dialect, tables);
        lock.take();
        return lock;
    }

    /** The connection that holds the lock (and must stay open until {@link #close()}). */
    Connection connection() {
        return connection;
    }

    private String lockName() {
        return "orgkit_migrate_" + tables.prefix();
    }

    private void take() throws SQLException {
        JdbcDialect kind = dialect.kind();
        if (kind == JdbcDialect.POSTGRESQL) {
            query("SELECT pg_advisory_lock(" + lockName().hashCode() + ")");
        } else if (kind == JdbcDialect.MYSQL) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                ps.setString(1, lockName());
                ps.setInt(2, WAIT_SECONDS);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        throw new StorageException("another instance has been migrating the OrgKit tables '"
                                + tables.prefix() + "*' for " + WAIT_SECONDS + " s; wait for it or check the database");
                    }
                }
            }
        } else {
            lockRow();
        }
    }

    private void lockRow() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + tables.migrationLock() + " (id INT NOT NULL PRIMARY KEY)");
            s.execute("MERGE INTO " + tables.migrationLock() + " (id) KEY (id) VALUES (1)");
        }
        connection.setAutoCommit(false);
        long deadline = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
        while (true) {
            try {
                query("SELECT id FROM " + tables.migrationLock() + " WHERE id = 1 FOR UPDATE");
                return;
            } catch (SQLException timeout) {
                connection.rollback();
                if (System.nanoTime() > deadline) {
                    throw timeout;
                }
            }
        }
    }

    private void query(String sql) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
        }
    }

    @Override
    public void close() throws SQLException {
        JdbcDialect kind = dialect.kind();
        if (kind == JdbcDialect.POSTGRESQL) {
            query("SELECT pg_advisory_unlock(" + lockName().hashCode() + ")");
        } else if (kind == JdbcDialect.MYSQL) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                ps.setString(1, lockName());
                ps.executeQuery().close();
            }
        } else {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }
}
