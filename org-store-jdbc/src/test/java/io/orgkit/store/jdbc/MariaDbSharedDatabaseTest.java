package io.orgkit.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Two instances over one MariaDB / MySQL database. */
@EnabledIfEnvironmentVariable(named = TestDatabases.MYSQL_ENV, matches = ".+",
        disabledReason = "set ORGKIT_TEST_MYSQL_URL to run the shared-database tests on MariaDB or MySQL")
class MariaDbSharedDatabaseTest extends SharedDatabaseContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.mysql();
    }
}
