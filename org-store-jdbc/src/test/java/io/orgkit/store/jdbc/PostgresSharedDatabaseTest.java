package io.orgkit.store.jdbc;

import javax.sql.DataSource;

/** Two instances over one PostgreSQL database. */
@NeedsDatabase(env = TestDatabases.POSTGRES_ENV, runs = "the shared-database tests on PostgreSQL")
class PostgresSharedDatabaseTest extends SharedDatabaseContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
