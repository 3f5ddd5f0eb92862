package io.orgkit.core.store;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The posting lists of the n-grams, by gram ({@link Grams}): an open-addressing hash table of {@code long} keys
 * (no boxing, no entry objects), linear probing, at most half full.
 */
final class GramMap {
    private long[] keys = new long[1024];
    private Postings[] values = new Postings[1024];
    private int size;

    int size() {
        return size;
    }

    @Nullable
    Postings get(long key) {
        return values[find(key)];
    }

    /** The list of {@code key}, created empty when there is none. */
    Postings getOrAdd(long key) {
        int i = find(key);
        if (values[i] != null) {
            return values[i];
        }
        Postings p = new Postings();
        keys[i] = key;
        values[i] = p;
        if (++size * 2 > keys.length) {
            rehash(keys.length * 2, false);
        }
        return p;
    }

    /** Drops every list. */
    void clear() {
        keys = new long[1024];
        values = new Postings[1024];
        size = 0;
    }

    /** Calls {@code action} on every list, then drops the lists left empty. */
    void forEachThenDropEmpty(Consumer<Postings> action) {
        for (Postings p : values) {
            if (p != null) {
                action.accept(p);
            }
        }
        int live = 0;
        for (Postings p : values) {
            if (p != null && p.size() > 0) {
                live++;
            }
        }
        if (live < size) {
            int capacity = 1024;
            while (live * 2 > capacity) {
                capacity *= 2;
            }
            rehash(capacity, true);
        }
    }

    /** Moves the lists (the non-empty ones when {@code dropEmpty}) into tables of {@code capacity} slots. */
    private void rehash(int capacity, boolean dropEmpty) {
        long[] oldKeys = keys;
        Postings[] oldValues = values;
        keys = new long[capacity];
        values = new Postings[capacity];
        size = 0;
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            Postings p = oldValues[j];
            if (p == null || (dropEmpty && p.size() == 0)) {
                continue;
            }
            int i = slot(oldKeys[j], mask);
            while (values[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            values[i] = p;
            size++;
        }
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int find(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
