package io.orgkit.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.orgkit.core.store.OrgStore;
import io.orgkit.tck.store.StoreContractSuite;
import javax.sql.DataSource;

/**
 * The JDBC store on MySQL / MariaDB passes the store contract suite (each test on tables of its own prefix). Without
 * ORGKIT_TEST_MYSQL_URL every test is skipped, each with the reason.
 */
class MariaDbStoreContractTest extends StoreContractSuite {
    private DataSource dataSource;
    private String prefix = "";

    @Override
    protected OrgStore createStore() {
        assumeTrue(System.getenv(TestDatabases.MYSQL_ENV) != null, "set ORGKIT_TEST_MYSQL_URL (e.g."
                + " jdbc:mariadb://127.0.0.1:3306/test?user=root) to run the store contract suite on MariaDB or MySQL");
        dataSource = TestDatabases.mysql();
        prefix = TestDatabases.uniquePrefix();
        return JdbcStore.builder(dataSource).tablePrefix(prefix).leaseClock(clock()).build();
    }

    @Override
    protected void destroyStore(OrgStore store) {
        store.close();
        TestDatabases.dropTables(dataSource, prefix);
    }
}
