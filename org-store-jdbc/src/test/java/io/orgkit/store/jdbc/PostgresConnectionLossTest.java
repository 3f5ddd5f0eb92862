package io.orgkit.store.jdbc;

import javax.sql.DataSource;

/** PostgreSQL terminates the store's backend mid-transaction. */
@NeedsDatabase(env = TestDatabases.POSTGRES_ENV, runs = "the connection-loss test on PostgreSQL")
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
