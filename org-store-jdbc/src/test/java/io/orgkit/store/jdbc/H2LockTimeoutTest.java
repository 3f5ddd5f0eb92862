package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.tck.store.Fixtures;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/** A writer that cannot get an organization's lock within the database's lock timeout gets a conflict to retry. */
class H2LockTimeoutTest {

    @Test
    void aWriterWaitingLongerThanTheLockTimeoutGetsAConflictAndWritesNothing() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=200", "sa", "");
        JdbcStore store = JdbcStore.of(pool);
        var org = Fixtures.organization("Acme");
        OrgId id = org.id();
        store.write(s -> {
            s.insertOrganization(org);
            return null;
        });
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = holder.submit(() -> store.write(s -> {
                s.lockOrganization(id);
                locked.countDown();
                return awaitQuietly(release);
            }));
            assertThat(locked.await(60, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> store.write(s -> {
                        s.lockOrganization(id);
                        s.putAttribute(id, "k", "v");
                        return null;
                    }))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("lock timeout")
                    .hasMessageContaining("try again");
            release.countDown();
            holding.get(60, TimeUnit.SECONDS);
            java.util.Optional<String> written = store.read(s -> s.attribute(id, "k"));
            assertThat(written).isEmpty();
        } finally {
            release.countDown();
            holder.shutdownNow();
            store.close();
            pool.dispose();
        }
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
