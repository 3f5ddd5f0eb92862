package io.orgkit.core.internal.memory;

import io.orgkit.core.store.Leases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Leases of the in-memory store, expiring by the store's clock. */
public final class MemoryLeases implements Leases {
    private record Lease(String owner, Instant until) {}

    private final Clock clock;
    private final Map<String, Lease> held = new HashMap<>();

    public MemoryLeases(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean tryAcquire(String name, String owner, Duration ttl) {
        Instant now = clock.instant();
        Lease current = held.get(name);
        if (current != null && !current.owner().equals(owner) && current.until().isAfter(now)) {
            return false;
        }
        held.put(name, new Lease(owner, now.plus(ttl)));
        return true;
    }

    @Override
    public synchronized boolean renew(String name, String owner, Duration ttl) {
        Instant now = clock.instant();
        Lease current = held.get(name);
        if (current == null || !current.owner().equals(owner)) {
            return false;
        }
        held.put(name, new Lease(owner, now.plus(ttl)));
        return true;
    }

    @Override
    public synchronized void release(String name, String owner) {
        Lease current = held.get(name);
        if (current != null && current.owner().equals(owner)) {
            held.remove(name);
        }
    }
}
