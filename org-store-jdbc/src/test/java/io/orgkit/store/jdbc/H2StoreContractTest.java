package io.orgkit.store.jdbc;

import io.orgkit.core.store.OrgStore;
import io.orgkit.tck.store.StoreContractSuite;
import org.h2.jdbcx.JdbcConnectionPool;

/** The JDBC store on H2 passes the store contract suite. */
class H2StoreContractTest extends StoreContractSuite {
    private JdbcConnectionPool pool;

    @Override
    protected OrgStore createStore() {
        pool = TestDatabases.h2Memory();
        return JdbcStore.builder(pool).leaseClock(clock()).build();
    }

    @Override
    protected void destroyStore(OrgStore store) {
        store.close();
        TestDatabases.dropTables(pool, "orgkit_");
        pool.dispose();
    }
}
