package io.orgkit.store.jdbc.internal;

import io.orgkit.core.store.StoreSession;
import io.orgkit.store.jdbc.JdbcDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs store work in one JDBC transaction: commit when the work returns, rollback when it throws (the
 * exception leaves unchanged, SQL failures as OrgKit exceptions). Transactions of one store do not nest.
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final Tables tables;
    private final SearchCache searchCache;
    private final ThreadLocal<Boolean> active = new ThreadLocal<>();

    public Transactions(DataSource dataSource, SqlDialect dialect, Tables tables, SearchCache searchCache) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.tables = tables;
        this.searchCache = searchCache;
    }

    public <T> T run(Function<StoreSession, T> work, boolean writable) {
        if (active.get() != null) {
            throw new IllegalStateException("store transactions do not nest; do all the work in one OrgStore.write");
        }
        active.set(Boolean.TRUE);
        try (Connection c = open(writable)) {
            try {
                T result = work.apply(new JdbcSession(
                        new Db(c, dialect.kind() == io.orgkit.store.jdbc.JdbcDialect.POSTGRESQL),
                        dialect,
                        tables,
                        searchCache,
                        writable));
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } catch (SQLException e) {
                rollback(c, e);
                throw SqlErrors.translate(e);
            } finally {
                restore(c, writable);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        } finally {
            active.remove();
        }
    }

    private Connection open(boolean writable) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            if (dialect.kind() == JdbcDialect.MYSQL) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            if (!writable) {
                c.setReadOnly(true);
            }
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
            LOG.debug(
                    "rollback failed after {}; the database discards the open transaction with the connection",
                    cause.getClass().getSimpleName(),
                    e);
        }
    }

    private static void restore(Connection c, boolean writable) {
        try {
            if (!writable) {
                c.setReadOnly(false);
            }
            c.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("could not reset a connection before returning it", e);
        }
    }

    /** Runs {@code work} on a connection of its own in auto-commit mode (leases). */
    <T> T autoCommit(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return work.run(new Db(c));
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /** Work that may fail with an SQL exception. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Db db) throws SQLException;
    }
}
