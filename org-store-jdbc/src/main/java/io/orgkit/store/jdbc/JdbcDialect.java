package io.orgkit.store.jdbc;

/** The databases the JDBC store speaks; detected from the connection's metadata unless set on the builder. */
public enum JdbcDialect {
    /** H2 2.x, embedded or server. */
    H2("h2"),
    /** PostgreSQL 15 or newer. */
    POSTGRESQL("postgresql"),
    /** MySQL 8 or newer, and MariaDB 10.11 or newer. */
    MYSQL("mysql");

    private final String folder;

    JdbcDialect(String folder) {
        this.folder = folder;
    }

    /** The folder of this dialect's migration scripts. */
    public String folder() {
        return folder;
    }
}
