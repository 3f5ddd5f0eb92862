package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.StorageException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoreSession;
import io.orgkit.tck.store.Fixtures;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connection lost in the middle of a write: a clear error, and nothing of the write is stored. */
class H2ConnectionLossTest {
    private final JdbcConnectionPool pool = TestDatabases.h2Memory();
    private final AtomicInteger breakAt = new AtomicInteger();
    private final JdbcStore store = JdbcStore.of(FakeDataSources.breaking(pool, breakAt));

    @AfterEach
    void closePool() {
        pool.dispose();
    }

    @Test
    void aConnectionLostAfterSeveralWritesRollsThemBackAndSaysSo() {
        Organization org = Fixtures.organization("Acme");
        Department root = Fixtures.root(org.id());
        Member bob = Fixtures.member("Bob", root);

        assertThatThrownBy(() -> store.write(s -> {
                    s.insertOrganization(org);
                    s.insertDepartment(root);
                    breakAt.set(1);
                    s.insertMember(bob);
                    return null;
                }))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("lost the connection to the database")
                .hasMessageContaining("nothing was written");

        breakAt.set(0);
        assertThat(store.read(StoreSession::organizations)).isEmpty();
        assertThat(store.read((StoreSession s) -> s.departments(org.id()))).isEmpty();
    }

    @Test
    void aConnectionLostInTheMiddleOfABatchInsertStoresNoneOfIt() {
        Organization org = Fixtures.organization("Acme");
        Department root = Fixtures.root(org.id());
        store.write(s -> {
            s.insertOrganization(org);
            s.insertDepartment(root);
            return null;
        });
        List<Member> batch = List.of(Fixtures.member("A", root), Fixtures.member("B", root));

        breakAt.set(2);
        assertThatThrownBy(() -> store.write(s -> {
                    s.insertMembers(batch);
                    return null;
                }))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("lost the connection");

        breakAt.set(0);
        assertThat(store.read((StoreSession s) -> s.countMembers(org.id(), true)))
                .isZero();
    }
}
