package io.orgkit.store.jdbc;

import javax.sql.DataSource;

/** Bulk inserts on H2: multi-row statements. */
class H2BulkInsertTest extends BulkInsertContract {
    private final DataSource ds = TestDatabases.h2Memory();

    @Override
    protected DataSource dataSource() {
        return ds;
    }
}
