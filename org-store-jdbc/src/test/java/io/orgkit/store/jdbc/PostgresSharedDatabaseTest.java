package io.orgkit.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Two instances over one PostgreSQL database. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_ENV, matches = ".+",
        disabledReason = "set ORGKIT_TEST_POSTGRES_URL to run the shared-database tests on PostgreSQL")
class PostgresSharedDatabaseTest extends SharedDatabaseContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
