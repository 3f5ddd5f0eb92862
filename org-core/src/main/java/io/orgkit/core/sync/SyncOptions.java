package io.orgkit.core.sync;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import java.time.Duration;

/**
 * How a sync behaves.
 *
 * <p>The guard holds a plan back when its member resignations, or its department removals, are both
 * at least {@code guardMinimum} in number and more than {@code guardShare} of the organization's active
 * members (departments other than the root, respectively). With the defaults (10%, 20) a plan is held when it
 * would resign more than max(10% of the active members, 19) members, or remove more than max(10% of the
 * departments, 19) departments. A plan that would leave no active member (or no department) where there are
 * some locally is always held, whatever the numbers: the platform answering an empty directory is far more
 * often a mistake than a real company closing.
 *
 * @param guardShare   share of members / departments, 0 to 1 (0 holds every plan with at least {@code guardMinimum})
 * @param guardMinimum resignations or removals below this never trip the guard (except the empty-directory rule)
 * @param batchSize    members written per store transaction (1..100,000)
 * @param leaseTtl     how long the cross-instance sync lease lasts without renewal; renewed at a third of it
 */
public record SyncOptions(double guardShare, int guardMinimum, int batchSize, Duration leaseTtl) {
    /** The defaults: guard share 10%, guard minimum 20, batches of 1,000 members, a 5-minute sync lease. */
    public static final SyncOptions DEFAULTS = new SyncOptions(0.10, 20, 1_000, Duration.ofMinutes(5));

    /**
     * Validates the options.
     *
     * @throws ValidationException when the guard share is outside 0..1, or the minimum, batch size or lease is out of
     *     range
     */
    public SyncOptions {
        if (!(guardShare >= 0 && guardShare <= 1)) {
            throw ValidationException.of("guardShare", "guardShare must be between 0 and 1, was " + guardShare);
        }
        if (guardMinimum < 0) {
            throw ValidationException.of("guardMinimum", "guardMinimum must not be negative, was " + guardMinimum);
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw ValidationException.of("batchSize", "batchSize must be 1..100000, was " + batchSize);
        }
        Check.notNull(leaseTtl, "leaseTtl");
        if (leaseTtl.compareTo(Duration.ofSeconds(3)) < 0) {
            throw ValidationException.of("leaseTtl", "leaseTtl must be at least 3 seconds, was " + leaseTtl);
        }
    }

    /**
     * These options with another guard.
     *
     * @param share the share of removals that holds a plan back (0..1)
     * @param minimum removals below this never hold a plan back
     * @return new options
     * @throws ValidationException when a value is out of range
     */
    public SyncOptions withGuard(double share, int minimum) {
        return new SyncOptions(share, minimum, batchSize, leaseTtl);
    }

    /**
     * These options with another batch size.
     *
     * @param size changes stored per transaction
     * @return new options
     * @throws ValidationException when the size is out of range
     */
    public SyncOptions withBatchSize(int size) {
        return new SyncOptions(guardShare, guardMinimum, size, leaseTtl);
    }

    /**
     * These options with another sync lease.
     *
     * @param ttl how long a sync holds the organization's sync lease before it must renew it
     * @return new options
     * @throws ValidationException when the duration is out of range
     */
    public SyncOptions withLeaseTtl(Duration ttl) {
        return new SyncOptions(guardShare, guardMinimum, batchSize, ttl);
    }

    /** Whether {@code count} removals out of {@code base} existing items trip the guard. */
    public boolean trips(int count, long base) {
        if (base > 0 && count >= base) {
            return true;
        }
        return count >= guardMinimum && count > guardShare * base;
    }
}
