package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.store.Leases;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Leases: one holder at a time, re-entrant for the holder, expiring when the holder dies. */
public abstract class LeaseContract extends StoreContract {
    private static final Duration TTL = Duration.ofSeconds(30);

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected LeaseContract(StoreContractSuite suite) {
        super(suite);
    }

    private Leases leases() {
        return store().leases();
    }

    @Test
    void aFreeLeaseIsAcquiredAndThenRefusedToAnotherOwner() {
        assertThat(leases().tryAcquire("sync:org-1", "node-a", TTL)).isTrue();
        assertThat(leases().tryAcquire("sync:org-1", "node-b", TTL)).isFalse();
    }

    @Test
    void theHolderMayAcquireAgainWhichExtendsTheLease() {
        leases().tryAcquire("sync:org-1", "node-a", TTL);
        clock().advance(Duration.ofSeconds(20));

        assertThat(leases().tryAcquire("sync:org-1", "node-a", TTL)).isTrue();
        clock().advance(Duration.ofSeconds(20));
        assertThat(leases().tryAcquire("sync:org-1", "node-b", TTL)).isFalse();
    }

    @Test
    void leasesOfDifferentNamesAreIndependent() {
        assertThat(leases().tryAcquire("sync:org-1", "node-a", TTL)).isTrue();
        assertThat(leases().tryAcquire("sync:org-2", "node-b", TTL)).isTrue();
    }

    @Test
    void aRenewedLeaseOutlivesItsFirstTerm() {
        leases().tryAcquire("sync:org-1", "node-a", TTL);
        clock().advance(Duration.ofSeconds(25));

        assertThat(leases().renew("sync:org-1", "node-a", TTL)).isTrue();
        clock().advance(Duration.ofSeconds(25));
        assertThat(leases().tryAcquire("sync:org-1", "node-b", TTL)).isFalse();
    }

    @Test
    void onlyTheHolderCanRenew() {
        leases().tryAcquire("sync:org-1", "node-a", TTL);

        assertThat(leases().renew("sync:org-1", "node-b", TTL)).isFalse();
        assertThat(leases().renew("sync:never-taken", "node-a", TTL)).isFalse();
    }

    @Test
    void aReleasedLeaseIsFreeForAnotherOwner() {
        leases().tryAcquire("sync:org-1", "node-a", TTL);
        leases().release("sync:org-1", "node-a");

        assertThat(leases().tryAcquire("sync:org-1", "node-b", TTL)).isTrue();
    }

    @Test
    void releaseByAnotherOwnerDoesNothing() {
        leases().tryAcquire("sync:org-1", "node-a", TTL);
        leases().release("sync:org-1", "node-b");

        assertThat(leases().tryAcquire("sync:org-1", "node-b", TTL)).isFalse();
    }

    @Test
    void aLeaseWhoseHolderDiedExpiresAfterItsTtlAndTheHolderCannotRenewIt() {
        leases().tryAcquire("sync:org-1", "node-a", TTL);
        clock().advance(TTL.minusSeconds(1));
        assertThat(leases().tryAcquire("sync:org-1", "node-b", TTL)).isFalse();

        clock().advance(Duration.ofSeconds(2));
        assertThat(leases().tryAcquire("sync:org-1", "node-b", TTL)).isTrue();
        assertThat(leases().renew("sync:org-1", "node-a", TTL)).isFalse();
        assertThat(leases().tryAcquire("sync:org-1", "node-a", TTL)).isFalse();
    }
}
