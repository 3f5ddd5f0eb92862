/**
 * The JDBC store: {@link io.orgkit.store.jdbc.JdbcStore} keeps organizations in H2 (embedded, the default),
 * PostgreSQL 15+ or MySQL 8 / MariaDB 10.11+, over plain JDBC.
 */
@NullMarked
package io.orgkit.store.jdbc;

import org.jspecify.annotations.NullMarked;
