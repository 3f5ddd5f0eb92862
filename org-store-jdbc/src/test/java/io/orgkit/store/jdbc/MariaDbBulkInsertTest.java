package io.orgkit.store.jdbc;

import javax.sql.DataSource;

/** Bulk inserts on MariaDB: multi-row statements. */
@NeedsDatabase(env = TestDatabases.MYSQL_ENV, runs = "the bulk-insert tests on MariaDB")
class MariaDbBulkInsertTest extends BulkInsertContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.mysql();
    }
}
