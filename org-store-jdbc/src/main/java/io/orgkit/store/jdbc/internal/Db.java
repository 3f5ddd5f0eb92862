package io.orgkit.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Small helpers over one connection; every SQL failure leaves as an OrgKit exception. */
public final class Db {
    /** Binds parameters to a statement. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    /** Whether plain inserts may go through PostgreSQL's COPY (when the connection is the PostgreSQL driver's). */
    private final boolean postgres;

    private boolean copyChecked;
    private @Nullable PgCopy copy;

    public Db(Connection connection) {
        this(connection, false);
    }

    public Db(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    public Connection connection() {
        return connection;
    }

    /** Binds {@code values} in order; null binds SQL NULL. */
    public static Binder args(@Nullable Object... values) {
        return ps -> bind(ps, 1, values);
    }

    static void bind(PreparedStatement ps, int first, @Nullable Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = first + i;
            if (v == null) {
                ps.setNull(at, Types.NULL);
            } else if (v instanceof String s) {
                ps.setString(at, s);
            } else if (v instanceof Long l) {
                ps.setLong(at, l);
            } else if (v instanceof Integer n) {
                ps.setInt(at, n);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(at, b);
            } else {
                throw new IllegalArgumentException("cannot bind " + v.getClass());
            }
        }
    }

    public <T> List<T> list(String sql, Binder binder, Row<T> row) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /** Runs a query and hands each row to {@code row} as it is read (large results are not held in a list). */
    public void each(String sql, Binder binder, Each row) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            ps.setFetchSize(BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /** Takes one row of {@link #each}. */
    @FunctionalInterface
    public interface Each {
        void accept(ResultSet rs) throws SQLException;
    }

    public <T> Optional<T> one(String sql, Binder binder, Row<T> row) {
        List<T> rows = list(sql, binder, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Binder binder) {
        return one(sql, binder, rs -> rs.getLong(1)).orElse(0L);
    }

    public int update(String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    /** Runs {@code sql} once per item as JDBC batches of at most {@value #BATCH} rows. */
    public <T> void batch(String sql, Collection<T> items, BatchBinder<T> binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                binder.bind(ps, item);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    public static final int BATCH = 1000;

    /**
     * The most rows one multi-row statement of {@link #insert} carries. Fewer statements mean fewer round trips
     * and fewer executions on the server (on PostgreSQL a batch of single-row inserts is executed row by row);
     * 64 rows keep a statement of the widest rows (search terms, event payloads) well inside MySQL's and
     * MariaDB's default packet size and every driver's parameter limit.
     */
    static final int ROWS_PER_STATEMENT = 64;

    /**
     * An {@code INSERT} (or upsert) whose {@code VALUES} list takes any number of rows: {@code head} up to and
     * including {@code VALUES}, a group of {@code columns} parameters per row, then {@code tail} (empty, or the
     * clause an upsert needs after the rows). A plain insert also names its table and columns, for COPY.
     */
    public record Rows(
            String head,
            int columns,
            String tail,
            @Nullable String table,
            @Nullable String names) {
        /** A plain insert of {@code columns} (a comma-separated list) into {@code table}. */
        public static Rows insert(String table, String columns) {
            return new Rows(
                    "INSERT INTO " + table + " (" + columns + ") VALUES",
                    columns.split(",").length,
                    "",
                    table,
                    columns);
        }

        /** A statement that is not a plain insert (an upsert): always sent as multi-row statements. */
        public static Rows statement(String head, int columns, String tail) {
            return new Rows(head, columns, tail, null, null);
        }

        String sql(int rows) {
            String group = "(" + marks(columns) + ")";
            return head + " " + String.join(", ", java.util.Collections.nCopies(rows, group)) + tail;
        }
    }

    /** The values of one row, in the order of its statement's columns (see {@link #bind}). */
    @FunctionalInterface
    public interface RowValues<T> {
        @Nullable
        Object[] of(T item);
    }

    /**
     * Inserts one row per item: on PostgreSQL a plain insert goes through COPY ({@link PgCopy}); otherwise
     * multi-row statements of {@value #ROWS_PER_STATEMENT} rows, sent as JDBC batches of about {@value #BATCH}
     * rows, the last, shorter statement taking the rest.
     */
    public <T> void insert(Rows rows, Collection<T> items, RowValues<T> values) {
        if (items.isEmpty()) {
            return;
        }
        try {
            String table = rows.table();
            String names = rows.names();
            PgCopy copy = table == null || names == null ? null : copy();
            if (copy != null && table != null && names != null) {
                copy.insert(table, names, items, values::of);
                return;
            }
            int full = items.size() / ROWS_PER_STATEMENT;
            int rest = items.size() % ROWS_PER_STATEMENT;
            java.util.Iterator<T> it = items.iterator();
            if (full > 0) {
                try (PreparedStatement ps = connection.prepareStatement(rows.sql(ROWS_PER_STATEMENT))) {
                    int pending = 0;
                    for (int s = 0; s < full; s++) {
                        bindRows(ps, rows, ROWS_PER_STATEMENT, it, values);
                        ps.addBatch();
                        if (++pending * ROWS_PER_STATEMENT >= BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        ps.executeBatch();
                    }
                }
            }
            if (rest > 0) {
                try (PreparedStatement ps = connection.prepareStatement(rows.sql(rest))) {
                    bindRows(ps, rows, rest, it, values);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private @Nullable PgCopy copy() {
        if (!copyChecked) {
            copyChecked = true;
            try {
                copy = postgres ? PgCopy.of(connection) : null;
            } catch (LinkageError e) { // the PostgreSQL driver's classes are not there: multi-row INSERTs
                copy = null;
            }
        }
        return copy;
    }

    private static <T> void bindRows(
            PreparedStatement ps, Rows rows, int count, java.util.Iterator<T> it, RowValues<T> values)
            throws SQLException {
        for (int r = 0; r < count; r++) {
            bind(ps, 1 + r * rows.columns(), values.of(it.next()));
        }
    }

    /** Binds one batch row. */
    @FunctionalInterface
    public interface BatchBinder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    /** {@code a = ?, b = ?} for the comma-separated {@code columns}: the SET list of an UPDATE. */
    static String assignments(String columns) {
        return String.join(
                ", ",
                java.util.Arrays.stream(columns.split(",\\s*"))
                        .map(c -> c + " = ?")
                        .toList());
    }

    /** {@code first} followed by {@code rest}: a row's key and its fields as one list of values. */
    static @Nullable Object[] concat(@Nullable Object[] first, @Nullable Object... rest) {
        @Nullable Object[] out = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, out, first.length, rest.length);
        return out;
    }

    /** {@code ?, ?, ?} for {@code n} parameters. */
    public static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Splits {@code items} into chunks of at most {@link #BATCH} (IN lists stay within every driver's limit). */
    public static <T> List<List<T>> chunks(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return out;
    }
}
