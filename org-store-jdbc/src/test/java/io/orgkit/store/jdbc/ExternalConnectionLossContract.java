package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.StorageException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoreSession;
import io.orgkit.tck.store.Fixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The database server kills the store's session in the middle of a write. */
abstract class ExternalConnectionLossContract {
    private final String prefix = TestDatabases.uniquePrefix();
    private final AtomicReference<Connection> last = new AtomicReference<>();
    private final DataSource real = dataSource();
    private final JdbcStore store = JdbcStore.builder(FakeDataSources.recording(real, last))
            .tablePrefix(prefix)
            .build();

    protected abstract DataSource dataSource();

    /** The query giving the id of the session, and the statement that kills a session by that id. */
    protected abstract String sessionIdQuery();

    protected abstract String killStatement();

    @AfterEach
    void dropTables() {
        TestDatabases.dropTables(real, prefix);
    }

    @Test
    void aSessionKilledByTheServerMidTransactionGivesAClearErrorAndWritesNothing() {
        Organization org = Fixtures.organization("Acme");
        Department root = Fixtures.root(org.id());

        assertThatThrownBy(() -> store.write(s -> {
                    s.insertOrganization(org);
                    killSession(last.get());
                    s.insertDepartment(root);
                    return null;
                }))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("lost the connection to the database");

        assertThat(store.read((StoreSession s) -> s.organization(org.id()))).isEmpty();
        assertThat(store.read((StoreSession s) -> s.department(org.id(), root.id())))
                .isEmpty();
    }

    private void killSession(Connection victim) {
        try (PreparedStatement id = victim.prepareStatement(sessionIdQuery());
                ResultSet rs = id.executeQuery();
                Connection admin = real.getConnection()) {
            rs.next();
            try (PreparedStatement kill = admin.prepareStatement(killStatement())) {
                kill.setLong(1, rs.getLong(1));
                kill.execute();
            }
            Thread.sleep(200);
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException("could not kill the store's session", e);
        }
    }
}
