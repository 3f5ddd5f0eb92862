package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code lockOrganization}: the organization as stored, and a second writer waits for the first to commit. */
public abstract class OrganizationLockContract extends StoreContract {
    private static final long WAIT_SECONDS = 60;
    private static final long GRACE_MILLIS = 500;

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected OrganizationLockContract(StoreContractSuite suite) {
        super(suite);
    }

    @Test
    void lockingGivesTheOrganizationAsStoredOrNothingForAnUnknownId() {
        OrgId org = newOrganizationRoot("Acme").orgId();

        Optional<Organization> found = store().write(s -> s.lockOrganization(org));
        Optional<Organization> unknown = store().write(s -> s.lockOrganization(OrgId.random()));

        assertThat(found).map(Organization::name).contains("Acme");
        assertThat(unknown).isEmpty();
    }

    @Test
    void lockingInAReadTransactionIsRefused() {
        OrgId org = newOrganizationRoot("Acme").orgId();

        assertThatThrownBy(() -> read(s -> s.lockOrganization(org))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecondWriterLockingTheOrganizationSeesWhatTheFirstCommitted() throws Exception {
        OrgId org = newOrganizationRoot("Acme").orgId();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> write(s -> {
                Organization o = s.lockOrganization(org).orElseThrow();
                locked.countDown();
                await(go);
                s.updateOrganization(new Organization(
                        o.id(),
                        "Acme renamed",
                        o.type(),
                        o.leaderId(),
                        o.allowJoin(),
                        o.isDefault(),
                        o.settings(),
                        o.createdAt()));
            }));
            assertThat(locked.await(WAIT_SECONDS, TimeUnit.SECONDS))
                    .as("the first writer got the lock")
                    .isTrue();
            Future<String> second = pool.submit(() ->
                    store().write(s -> s.lockOrganization(org).orElseThrow().name()));
            giveTimeToReachTheLock(second);
            go.countDown();
            first.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(second.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("Acme renamed");
        } finally {
            go.countDown();
            pool.shutdownNow();
        }
    }

    /** Lets the second writer run until it finishes (without a lock) or for a while (waiting for the lock). */
    private static void giveTimeToReachTheLock(Future<String> second) throws Exception {
        try {
            second.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException waiting) {
            // the second writer is still waiting, as it should while the first holds the lock
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
