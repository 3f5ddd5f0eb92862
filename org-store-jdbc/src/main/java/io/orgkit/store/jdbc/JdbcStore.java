package io.orgkit.store.jdbc;

import io.orgkit.core.StorageException;
import io.orgkit.core.store.Leases;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import io.orgkit.store.jdbc.internal.H2Embedded;
import io.orgkit.store.jdbc.internal.JdbcLeases;
import io.orgkit.store.jdbc.internal.Migrator;
import io.orgkit.store.jdbc.internal.SearchCache;
import io.orgkit.store.jdbc.internal.SqlDialect;
import io.orgkit.store.jdbc.internal.Tables;
import io.orgkit.store.jdbc.internal.Transactions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Keeps organizations in a relational database over plain JDBC: H2 2.x (embedded, the default), PostgreSQL
 * 15+, MySQL 8+ or MariaDB 10.11+. Building the store creates or upgrades its tables (all named with one
 * prefix, {@code orgkit_} by default) and records the schema version in {@code <prefix>schema_history}.
 *
 * <pre>{@code
 * OrgStore store = JdbcStore.h2(Path.of("data/orgkit"));           // embedded file database, no server
 * OrgStore store = JdbcStore.of(dataSource);                        // the host's PostgreSQL / MySQL / MariaDB
 * OrgStore store = JdbcStore.builder(dataSource).tablePrefix("hr_orgkit_").build();
 * }</pre>
 *
 * <p>Every {@link #write} is one transaction; a failure rolls it back and surfaces as a
 * {@link StorageException} (or a {@link io.orgkit.core.ConflictException} for a duplicate key).
 */
public final class JdbcStore implements OrgStore {
    private final Transactions transactions;
    private final SearchCache searchCache;
    private final Leases leases;
    private final JdbcDialect dialect;
    private final @Nullable AutoCloseable owned;

    private JdbcStore(Builder b, SqlDialect dialect, @Nullable AutoCloseable owned) {
        Tables tables = new Tables(b.tablePrefix);
        this.searchCache = new SearchCache(b.searchCacheSize, b.uncommittedWrites);
        this.transactions = new Transactions(b.dataSource, dialect, tables, searchCache);
        this.leases = new JdbcLeases(transactions, dialect, tables, b.leaseClock);
        this.dialect = dialect.kind();
        this.owned = owned;
    }

    /**
     * An embedded H2 file database in {@code directory} (created if missing); no server to start. One process
     * at a time opens it. {@link #close()} closes the database.
     *
     * @throws io.orgkit.core.ValidationException for a directory whose path contains {@code ;} or a control
     *                                            character (H2 would read what follows as connection settings)
     */
    public static JdbcStore h2(Path directory) {
        H2Embedded.Opened h2 = H2Embedded.open(directory);
        try {
            return builder(h2.dataSource()).build(h2.closer());
        } catch (RuntimeException e) {
            closeQuietly(h2.closer(), e);
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable closer, RuntimeException cause) {
        try {
            closer.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    /** A store over the host's DataSource with the default table prefix {@code orgkit_}. */
    public static JdbcStore of(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * A builder for a store over the host's DataSource (table prefix, dialect, lock timeout).
     *
     * @param dataSource the DataSource; the host owns and closes it
     * @return the builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** The dialect in use (detected or set). */
    public JdbcDialect dialect() {
        return dialect;
    }

    @Override
    public <T> T write(Function<StoreSession, T> work) {
        return transactions.run(work, true);
    }

    @Override
    public <T> T read(Function<StoreSession, T> work) {
        return transactions.run(work, false);
    }

    /**
     * How many members and departments the store's search indexes hold now, across organizations (at most the
     * {@linkplain Builder#searchCacheSize search cache size}).
     *
     * @return the number of indexed subjects in this process
     */
    public long searchIndexedSubjects() {
        return searchCache.indexedSubjects();
    }

    @Override
    public Leases leases() {
        return leases;
    }

    /** Closes what the store opened itself (the embedded H2 database); never the host's DataSource. */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new StorageException("could not close the OrgKit database", e);
            }
        }
    }

    /** Settings of a {@link JdbcStore}. */
    public static final class Builder {
        private final DataSource dataSource;
        private String tablePrefix = "orgkit_";
        private @Nullable JdbcDialect dialect;
        private @Nullable Clock leaseClock;
        private int searchCacheSize = DEFAULT_SEARCH_CACHE_SIZE;
        private BooleanSupplier uncommittedWrites = () -> false;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** Prefix of every OrgKit table: lower-case letters, digits and '_', starting with a letter. */
        public Builder tablePrefix(String prefix) {
            this.tablePrefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /** Skips detection and speaks {@code dialect} (for a database that reports itself unusually). */
        public Builder dialect(JdbcDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Lets leases expire by {@code clock} instead of the database's time. Meant for tests; with several
         * application instances, keep the database time (the default) so their clock skew does not matter.
         */
        public Builder leaseClock(Clock clock) {
            this.leaseClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How many members and departments, across organizations, this store keeps in its in-memory search
         * indexes (default {@value #DEFAULT_SEARCH_CACHE_SIZE}; about 2 KB of heap each). An organization is
         * indexed at its first search and kept current from the rows written since, by any instance; the least
         * recently searched ones make room for others. An organization with more members than this, or a size of
         * 0, is searched by scanning its rows in the database instead (correct, but slow for large ones).
         *
         * @param subjects the most members and departments indexed at once; 0 for no index
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder searchCacheSize(int subjects) {
            if (subjects < 0) {
                throw new IllegalArgumentException("searchCacheSize must not be negative, was " + subjects);
            }
            this.searchCacheSize = subjects;
            return this;
        }

        /**
         * Tells the store when the calling thread's connection may hold OrgKit writes that are not committed yet:
         * for a DataSource that hands out the connection of an outer transaction the host commits later (OrgKit's
         * own commit does not end it). While it answers true, searches read the database instead of the shared
         * search index, so the index never takes in what may still be rolled back. The Spring Boot starter sets
         * it when OrgKit joins Spring-managed transactions. Default: never.
         *
         * @param check whether the current thread's transaction holds OrgKit writes not yet committed
         * @return this builder
         */
        public Builder uncommittedWrites(BooleanSupplier check) {
            this.uncommittedWrites = Objects.requireNonNull(check, "check");
            return this;
        }

        /** The default {@link #searchCacheSize}: an organization of 200,000 members, or several smaller ones. */
        public static final int DEFAULT_SEARCH_CACHE_SIZE = 200_000;

        /** Detects the database, creates or upgrades the tables, and returns the store. */
        public JdbcStore build() {
            return build(null);
        }

        private JdbcStore build(@Nullable AutoCloseable owned) {
            Tables tables = new Tables(tablePrefix);
            SqlDialect sql = dialect != null ? new SqlDialect(dialect) : detect();
            new Migrator(dataSource, sql, tables).migrate();
            return new JdbcStore(this, sql, owned);
        }

        private SqlDialect detect() {
            try (Connection c = dataSource.getConnection()) {
                return SqlDialect.detect(c);
            } catch (SQLException e) {
                throw new StorageException(
                        "cannot connect to the database to set up OrgKit's tables (SQLState " + e.getSQLState()
                                + "); check the DataSource's URL, user and that the database is running",
                        e);
            }
        }
    }
}
