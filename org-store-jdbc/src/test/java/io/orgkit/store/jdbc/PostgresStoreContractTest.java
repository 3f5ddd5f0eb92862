package io.orgkit.store.jdbc;

import io.orgkit.core.store.OrgStore;
import io.orgkit.tck.store.StoreContractSuite;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The JDBC store on PostgreSQL passes the store contract suite (each test on tables of its own prefix). */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_ENV, matches = ".+",
        disabledReason = "set ORGKIT_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)"
                + " to run the store contract suite on PostgreSQL")
class PostgresStoreContractTest extends StoreContractSuite {
    private final DataSource dataSource = TestDatabases.postgres();
    private String prefix = "";

    @Override
    protected OrgStore createStore() {
        prefix = TestDatabases.uniquePrefix();
        return JdbcStore.builder(dataSource).tablePrefix(prefix).leaseClock(clock()).build();
    }

    @Override
    protected void destroyStore(OrgStore store) {
        store.close();
        TestDatabases.dropTables(dataSource, prefix);
    }
}
