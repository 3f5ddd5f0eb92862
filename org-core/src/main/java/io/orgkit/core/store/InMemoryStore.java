package io.orgkit.core.store;

import io.orgkit.core.internal.memory.MemoryData;
import io.orgkit.core.internal.memory.MemoryLeases;
import io.orgkit.core.internal.memory.MemorySession;
import io.orgkit.core.internal.memory.UndoLog;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Keeps everything in memory: for tests, demos and short-lived tools. Thread-safe: one writer at a time (for the
 * whole store, so {@link StoreSession#lockOrganization} never waits once a transaction has started), readers in
 * parallel; a write that throws is undone completely.
 */
public final class InMemoryStore implements OrgStore {
    private final MemoryData data = new MemoryData();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final MemoryLeases leases;

    /** A store on the system clock (UTC). */
    public InMemoryStore() {
        this(Clock.systemUTC());
    }

    /** A store whose leases expire by {@code clock} (tests move it forward). */
    public InMemoryStore(Clock clock) {
        this.leases = new MemoryLeases(clock);
    }

    @Override
    public <T> T write(Function<StoreSession, T> work) {
        if (lock.getReadHoldCount() > 0 || lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("store transactions do not nest");
        }
        lock.writeLock().lock();
        UndoLog undo = new UndoLog();
        try {
            T result = work.apply(new MemorySession(data, undo, true));
            undo.clear();
            return result;
        } catch (RuntimeException | Error e) {
            undo.rollback();
            throw e;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public <T> T read(Function<StoreSession, T> work) {
        if (lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("store transactions do not nest");
        }
        lock.readLock().lock();
        try {
            return work.apply(new MemorySession(data, new UndoLog(), false));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Leases leases() {
        return leases;
    }
}
