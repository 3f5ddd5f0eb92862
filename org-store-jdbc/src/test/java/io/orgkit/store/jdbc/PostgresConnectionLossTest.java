package io.orgkit.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** PostgreSQL terminates the store's backend mid-transaction. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_ENV, matches = ".+",
        disabledReason = "set ORGKIT_TEST_POSTGRES_URL to run the connection-loss test on PostgreSQL")
class PostgresConnectionLossTest extends ExternalConnectionLossContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }

    @Override
    protected String sessionIdQuery() {
        return "SELECT pg_backend_pid()";
    }

    @Override
    protected String killStatement() {
        return "SELECT pg_terminate_backend(CAST(? AS INTEGER))";
    }
}
