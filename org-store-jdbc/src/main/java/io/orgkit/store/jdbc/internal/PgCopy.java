package io.orgkit.store.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Plain inserts on PostgreSQL through {@code COPY … FROM STDIN} (the driver's {@link CopyManager}), which writes
 * rows without a statement execution per row: a bulk write (an import, a full sync) stores its members, links and
 * events in about half the time of multi-row {@code INSERT}s. Used only when the connection is (or wraps) the
 * PostgreSQL JDBC driver's; the driver is an optional dependency, so this class is loaded only through
 * {@link #of}, which answers null when it is missing.
 */
final class PgCopy {
    /** Characters gathered before they are sent to the server. */
    private static final int CHUNK = 32 * 1024;

    private final CopyManager copy;

    private PgCopy(CopyManager copy) {
        this.copy = copy;
    }

    /** The COPY writer of {@code c}, or null when it is not a PostgreSQL driver's connection (or the driver is absent). */
    static @Nullable PgCopy of(Connection c) {
        try {
            return c.isWrapperFor(PGConnection.class)
                    ? new PgCopy(c.unwrap(PGConnection.class).getCopyAPI())
                    : null;
        } catch (SQLException | LinkageError e) {
            return null;
        }
    }

    /** Copies one row per item into {@code table}'s {@code columns} (a comma-separated list), in text format. */
    <T> void insert(String table, String columns, Collection<T> items, Function<T, @Nullable Object[]> values)
            throws SQLException {
        CopyIn in = copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        try {
            StringBuilder text = new StringBuilder(CHUNK + 1024);
            for (T item : items) {
                row(text, values.apply(item));
                if (text.length() >= CHUNK) {
                    send(in, text);
                }
            }
            send(in, text);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void send(CopyIn in, StringBuilder text) throws SQLException {
        if (text.length() > 0) {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }

    /** One row of COPY's text format: tab-separated, {@code \N} for null, backslash escapes, a newline at the end. */
    static void row(StringBuilder out, @Nullable Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof String s) {
                escape(out, s);
            } else if (v instanceof Boolean b) {
                out.append(b ? 't' : 'f');
            } else if (v instanceof Long || v instanceof Integer) {
                out.append(v);
            } else {
                throw new IllegalArgumentException("cannot copy " + v.getClass());
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
    }
}
