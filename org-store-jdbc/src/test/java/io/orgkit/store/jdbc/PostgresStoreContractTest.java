package io.orgkit.store.jdbc;

import io.orgkit.core.store.OrgStore;
import io.orgkit.tck.store.StoreContractSuite;
import javax.sql.DataSource;

/**
 * The JDBC store on PostgreSQL passes the store contract suite (each test on tables of its own prefix). Without
 * ORGKIT_TEST_POSTGRES_URL the suite is skipped, with the reason on the console.
 */
@NeedsDatabase(env = TestDatabases.POSTGRES_ENV, runs = "the store contract suite on PostgreSQL")
class PostgresStoreContractTest extends StoreContractSuite {
    private DataSource dataSource;
    private String prefix = "";

    @Override
    protected OrgStore createStore() {
        dataSource = TestDatabases.postgres();
        prefix = TestDatabases.uniquePrefix();
        return JdbcStore.builder(dataSource)
                .tablePrefix(prefix)
                .leaseClock(clock())
                .build();
    }

    @Override
    protected void destroyStore(OrgStore store) {
        store.close();
        TestDatabases.dropTables(dataSource, prefix);
    }
}
