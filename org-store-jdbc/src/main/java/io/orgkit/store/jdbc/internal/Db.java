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

    public Db(Connection connection) {
        this.connection = connection;
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

    /** Binds one batch row. */
    @FunctionalInterface
    public interface BatchBinder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
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
