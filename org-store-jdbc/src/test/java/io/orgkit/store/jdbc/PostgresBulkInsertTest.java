package io.orgkit.store.jdbc;

import javax.sql.DataSource;

/** Bulk inserts on PostgreSQL: plain inserts through COPY, upserts as multi-row statements. */
@NeedsDatabase(env = TestDatabases.POSTGRES_ENV, runs = "the bulk-insert tests on PostgreSQL")
class PostgresBulkInsertTest extends BulkInsertContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }

    @Override
    protected boolean copies() {
        return true;
    }
}
