package io.orgkit.store.jdbc;

import io.orgkit.core.store.OrgStore;
import io.orgkit.tck.store.StoreContractSuite;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The JDBC store on MySQL / MariaDB passes the store contract suite (each test on tables of its own prefix). */
@EnabledIfEnvironmentVariable(named = TestDatabases.MYSQL_ENV, matches = ".+",
        disabledReason = "set ORGKIT_TEST_MYSQL_URL (e.g. jdbc:mariadb://127.0.0.1:3306/test?user=root)"
                + " to run the store contract suite on MariaDB or MySQL")
class MariaDbStoreContractTest extends StoreContractSuite {
    private final DataSource dataSource = TestDatabases.mysql();
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
