package io.orgkit.store.jdbc;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** Two instances over one H2 database. */
class H2SharedDatabaseTest extends SharedDatabaseContract {
    private final JdbcConnectionPool pool = TestDatabases.h2Memory();

    @Override
    protected DataSource dataSource() {
        return pool;
    }

    @Override
    protected void cleanUp(DataSource ds, String tablePrefix) {
        super.cleanUp(ds, tablePrefix);
        pool.dispose();
    }
}
