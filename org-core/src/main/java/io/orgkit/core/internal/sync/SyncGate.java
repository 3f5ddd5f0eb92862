package io.orgkit.core.internal.sync;

import io.orgkit.core.ConflictException;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.Leases;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one sync per organization run at a time: a lock within this JVM, and a store lease
 * ({@code orgkit.sync.<orgId>}) across instances, renewed at a third of its time while the sync runs.
 */
final class SyncGate implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncGate.class);
    private static final Set<String> RUNNING = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService RENEWER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "orgkit-sync-lease");
        t.setDaemon(true);
        return t;
    });

    private final Leases leases;
    private final String name;
    private final String owner;
    private final String orgId;
    private final String orgName;
    private final Duration ttl;
    private final ScheduledFuture<?> renewal;
    private volatile boolean lost;

    private SyncGate(Leases leases, OrgId org, String orgName, String owner, Duration ttl) {
        this.leases = leases;
        this.owner = owner;
        this.orgId = org.value();
        this.name = leaseName(org);
        this.orgName = orgName;
        this.ttl = ttl;
        long every = Math.max(1, ttl.toMillis() / 3);
        this.renewal = RENEWER.scheduleAtFixedRate(this::renewInBackground, every, every, TimeUnit.MILLISECONDS);
    }

    /** Keeps the lease during long fetches; a store error here is left to the next {@link #check()}. */
    private void renewInBackground() {
        try {
            if (!lost && !leases.renew(name, owner, ttl)) {
                lost = true;
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not renew the sync lease {}; will try again", name, e);
        }
    }

    static String leaseName(OrgId org) {
        return io.orgkit.core.internal.LeaseNames.sync(org);
    }

    /** Enters, or refuses with a ConflictException when a sync of the organization runs here or elsewhere. */
    static SyncGate enter(Leases leases, OrgId org, String orgName, Duration ttl) {
        if (!RUNNING.add(org.value())) {
            throw running(orgName, "in this application");
        }
        String owner = UUID.randomUUID().toString();
        try {
            if (!leases.tryAcquire(leaseName(org), owner, ttl)) {
                throw running(orgName, "in another application instance");
            }
            return new SyncGate(leases, org, orgName, owner, ttl);
        } catch (RuntimeException e) {
            RUNNING.remove(org.value());
            throw e;
        }
    }

    private static ConflictException running(String orgName, String where) {
        return new ConflictException("a sync of organization '" + orgName + "' is already running " + where
                + "; wait for it to finish (see sync().lastState()), then sync again");
    }

    /** Renews the lease before a step; refuses to go on when it was lost (expired, maybe taken by another instance). */
    void check() {
        if (lost || !leases.renew(name, owner, ttl)) {
            lost = true;
            throw new ConflictException("the sync of organization '" + orgName + "' lost its lease " + name
                    + " (the store did not renew it in time, so another instance may sync now); stopped before its"
                    + " next step; sync again");
        }
    }

    @Override
    public void close() {
        renewal.cancel(false);
        try {
            leases.release(name, owner);
        } finally {
            RUNNING.remove(orgId);
        }
    }
}
