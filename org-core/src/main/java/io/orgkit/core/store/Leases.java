package io.orgkit.core.store;

import java.time.Duration;

/**
 * Named, expiring leases. A lease held by one owner is refused to every other owner until it is released
 * or its time runs out (so a holder that dies does not block the job forever).
 */
public interface Leases {

    /** Takes {@code name} for {@code owner} for {@code ttl}; true if taken (or already held by the same owner, then extended). */
    boolean tryAcquire(String name, String owner, Duration ttl);

    /** Extends a lease the owner still holds; false if it expired and was taken by someone else or is gone. */
    boolean renew(String name, String owner, Duration ttl);

    /** Gives the lease up; does nothing if {@code owner} does not hold it. */
    void release(String name, String owner);
}
