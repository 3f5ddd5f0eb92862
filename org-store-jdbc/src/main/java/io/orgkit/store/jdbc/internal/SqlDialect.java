package io.orgkit.store.jdbc.internal;

import io.orgkit.core.StorageException;
import io.orgkit.store.jdbc.JdbcDialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** What differs between the databases: detection, string ordering, concatenation, database time. */
public final class SqlDialect {
    private final JdbcDialect kind;

    public SqlDialect(JdbcDialect kind) {
        this.kind = kind;
    }

    public JdbcDialect kind() {
        return kind;
    }

    /** Detects the dialect from the connection's metadata; refuses unsupported databases and versions. */
    public static SqlDialect detect(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String product = md.getDatabaseProductName();
        String lower = product == null ? "" : product.toLowerCase(Locale.ROOT);
        int major = md.getDatabaseMajorVersion();
        int minor = md.getDatabaseMinorVersion();
        String version = product + " " + md.getDatabaseProductVersion();
        if (lower.contains("h2")) {
            return require(JdbcDialect.H2, major >= 2, version, "H2 2.x");
        }
        if (lower.contains("postgresql")) {
            return require(JdbcDialect.POSTGRESQL, major >= 15, version, "PostgreSQL 15 or newer");
        }
        if (lower.contains("mariadb")
                || md.getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb")) {
            return require(
                    JdbcDialect.MYSQL, major > 10 || major == 10 && minor >= 11, version, "MariaDB 10.11 or newer");
        }
        if (lower.contains("mysql")) {
            return require(JdbcDialect.MYSQL, major >= 8, version, "MySQL 8 or newer");
        }
        throw new StorageException("OrgKit's JDBC store does not support " + version + "; use H2 2.x, PostgreSQL 15+,"
                + " MySQL 8+ or MariaDB 10.11+ (or set JdbcStore.builder(...).dialect(...) if this database speaks"
                + " one of their dialects)");
    }

    private static SqlDialect require(JdbcDialect kind, boolean supported, String version, String needed) {
        if (!supported) {
            throw new StorageException("OrgKit's JDBC store needs " + needed + ", but the DataSource points at "
                    + version + "; upgrade the database (or set JdbcStore.builder(...).dialect(...) to try anyway)");
        }
        return new SqlDialect(kind);
    }

    /**
     * One statement that inserts a row or, when a row with the same key exists, replaces its other columns
     * ({@code MERGE … KEY} on H2, {@code ON CONFLICT … DO UPDATE} on PostgreSQL, {@code ON DUPLICATE KEY UPDATE}
     * on MySQL and MariaDB), for any number of rows; each row's parameters are the columns in order. One
     * statement must not hold two rows with the same key (PostgreSQL refuses to update a row twice).
     */
    public Db.Rows upsert(String table, List<String> columns, List<String> key) {
        String cols = String.join(", ", columns);
        if (kind == JdbcDialect.H2) {
            return Db.Rows.statement(
                    "MERGE INTO " + table + " (" + cols + ") KEY (" + String.join(", ", key) + ") VALUES",
                    columns.size(),
                    "");
        }
        List<String> rest = columns.stream().filter(c -> !key.contains(c)).toList();
        String head = "INSERT INTO " + table + " (" + cols + ") VALUES";
        if (kind == JdbcDialect.POSTGRESQL) {
            return Db.Rows.statement(
                    head,
                    columns.size(),
                    " ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET "
                            + String.join(
                                    ", ",
                                    rest.stream()
                                            .map(c -> c + " = EXCLUDED." + c)
                                            .toList()));
        }
        return Db.Rows.statement(
                head,
                columns.size(),
                " ON DUPLICATE KEY UPDATE "
                        + String.join(
                                ", ",
                                rest.stream()
                                        .map(c -> c + " = VALUES(" + c + ")")
                                        .toList()));
    }

    /** {@code column} ordered by code point, as Java orders strings (MySQL tables use a binary collation). */
    public String ordered(String column) {
        return kind == JdbcDialect.POSTGRESQL ? column + " COLLATE \"C\"" : column;
    }

    /** A parameter followed by {@code SUBSTRING(column, ?)}. */
    public String concatParamWithSuffix(String column) {
        return kind == JdbcDialect.MYSQL
                ? "CONCAT(?, SUBSTRING(" + column + ", ?))"
                : "CAST(? AS VARCHAR(4000)) || SUBSTRING(" + column + ", ?)";
    }

    /** A query giving the database's time in epoch milliseconds. */
    public String nowMillisQuery() {
        return kind == JdbcDialect.MYSQL
                ? "SELECT CAST(UNIX_TIMESTAMP(CURRENT_TIMESTAMP(3)) * 1000 AS SIGNED)"
                : "SELECT CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT)";
    }

    /** The folder of this dialect's migration scripts. */
    public String scriptFolder() {
        return kind.folder();
    }
}
