package io.orgkit.store.jdbc;

import javax.sql.DataSource;

/** MariaDB / MySQL kills the store's connection mid-transaction. */
@NeedsDatabase(env = TestDatabases.MYSQL_ENV, runs = "the connection-loss test on MariaDB or MySQL")
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
