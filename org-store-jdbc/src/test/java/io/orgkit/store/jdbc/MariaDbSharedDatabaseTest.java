package io.orgkit.store.jdbc;

import javax.sql.DataSource;

/** Two instances over one MariaDB / MySQL database. */
@NeedsDatabase(env = TestDatabases.MYSQL_ENV, runs = "the shared-database tests on MariaDB or MySQL")
class MariaDbSharedDatabaseTest extends SharedDatabaseContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.mysql();
    }
}
