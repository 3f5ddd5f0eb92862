package io.orgkit.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** MariaDB / MySQL kills the store's connection mid-transaction. */
@EnabledIfEnvironmentVariable(named = TestDatabases.MYSQL_ENV, matches = ".+",
        disabledReason = "set ORGKIT_TEST_MYSQL_URL to run the connection-loss test on MariaDB or MySQL")
class MariaDbConnectionLossTest extends ExternalConnectionLossContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.mysql();
    }

    @Override
    protected String sessionIdQuery() {
        return "SELECT CONNECTION_ID()";
    }

    @Override
    protected String killStatement() {
        return "KILL CONNECTION ?";
    }
}
