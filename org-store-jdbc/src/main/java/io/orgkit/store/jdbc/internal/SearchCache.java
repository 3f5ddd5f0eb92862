package io.orgkit.store.jdbc.internal;

import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.TermIndex;
import io.orgkit.core.store.TermMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search indexes of one {@link io.orgkit.store.jdbc.JdbcStore}: per organization and subject, a
 * {@link TermIndex} over the committed rows of {@code search_docs}, with the organization's {@code search_rev} it
 * reflects. A search first reads the organization's current revision; the index is brought up to it by reading
 * only the rows written since (every write transaction raises the revision as it locks the organization's row,
 * and writes its rows with that revision), so every instance sharing the database answers from what is committed.
 *
 * <p>Bounded by a number of indexed subjects across organizations: the least recently searched indexes are dropped
 * to make room, and an organization larger than the whole bound is searched without an index.
 */
public final class SearchCache {
    private static final Logger LOG = LoggerFactory.getLogger(SearchCache.class);

    /** One organization's index of one subject. */
    static final class Slot {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        final TermIndex index = new TermIndex();
        /** The revision the index reflects; -1 before the first load (written under the write lock). */
        volatile long rev = -1;

        volatile long lastUsed;
        volatile int size;
    }

    private record Key(OrgId org, SearchSubject subject) {}

    private final int capacity;
    private final BooleanSupplier uncommittedWrites;
    private final Map<Key, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final Map<OrgId, Boolean> warnedTooLarge = new ConcurrentHashMap<>();

    /**
     * @param capacity the most subjects indexed at once across organizations (checked by the store's builder); 0
     *     keeps no index
     * @param uncommittedWrites whether the calling thread's connection may hold OrgKit writes not yet committed
     *     (an outer transaction); the index is then neither read nor refreshed
     */
    public SearchCache(int capacity, BooleanSupplier uncommittedWrites) {
        this.uncommittedWrites = uncommittedWrites;
        this.capacity = capacity;
    }

    /** Whether this thread's search may use the index: there is one, and no outer transaction holds writes. */
    boolean usable() {
        return capacity > 0 && !uncommittedWrites.getAsBoolean();
    }

    /** Whether an organization with {@code subjects} rows may be indexed; warns once when it may not. */
    boolean fits(OrgId org, long subjects) {
        if (subjects <= capacity) {
            return true;
        }
        if (warnedTooLarge.putIfAbsent(org, Boolean.TRUE) == null) {
            LOG.warn(
                    "organization {} has {} searchable members or departments, more than the search cache size {};"
                            + " its searches scan the database (raise JdbcStore.Builder.searchCacheSize)",
                    org,
                    subjects,
                    capacity);
        }
        return false;
    }

    /** The slot of an organization's subject, made when missing. */
    Slot slot(OrgId org, SearchSubject subject) {
        Slot s = slots.computeIfAbsent(new Key(org, subject), k -> new Slot());
        s.lastUsed = clock.incrementAndGet();
        return s;
    }

    /** Forgets an organization (deleted, or its revision went back). */
    void drop(OrgId org) {
        slots.keySet().removeIf(k -> k.org().equals(org));
    }

    /**
     * Searches a slot whose index reflects {@code rev} at least, refreshing it first with {@code changedSince}
     * (the rows written after a revision; all rows for -1) under the slot's write lock.
     */
    List<TermMatch> search(Slot slot, long rev, LongConsumer changedSince, Function<TermIndex, List<TermMatch>> query) {
        if (needsRefresh(slot, rev)) {
            slot.lock.writeLock().lock();
            try {
                if (slot.rev < rev) {
                    changedSince.accept(slot.rev);
                    slot.index.applyDeferred();
                    slot.rev = rev;
                    slot.size = slot.index.size();
                }
            } finally {
                slot.lock.writeLock().unlock();
            }
            evictBeyondCapacity(slot);
        }
        slot.lock.readLock().lock();
        try {
            return query.apply(slot.index);
        } finally {
            slot.lock.readLock().unlock();
        }
    }

    private static boolean needsRefresh(Slot slot, long rev) {
        slot.lock.readLock().lock();
        try {
            return slot.rev < rev;
        } finally {
            slot.lock.readLock().unlock();
        }
    }

    /** Drops the least recently searched indexes other than {@code keep} until the total fits the capacity. */
    private void evictBeyondCapacity(Slot keep) {
        long total = slots.values().stream().mapToLong(s -> s.size).sum();
        if (total <= capacity) {
            return;
        }
        List<Map.Entry<Key, Slot>> byAge = new ArrayList<>(slots.entrySet());
        byAge.sort(Comparator.comparingLong(e -> e.getValue().lastUsed));
        for (Map.Entry<Key, Slot> e : byAge) {
            if (total <= capacity) {
                return;
            }
            if (e.getValue() != keep && slots.remove(e.getKey(), e.getValue())) {
                total -= e.getValue().size;
            }
        }
    }

    /** How many subjects are indexed now (for tests and figures). */
    public long indexedSubjects() {
        return slots.values().stream().mapToLong(s -> s.size).sum();
    }
}
