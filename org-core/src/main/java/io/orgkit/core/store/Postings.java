package io.orgkit.core.store;

import java.util.Arrays;

/** A growing, ascending list of document numbers (one n-gram's or one whole term's postings). */
final class Postings {
    private int[] docs = new int[2];
    private int size;

    void add(int doc) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size + (size >> 1) + 2);
        }
        docs[size++] = doc;
    }

    /** Adds {@code doc} unless it is the last one already (a document with the same term or n-gram twice). */
    void addOnce(int doc) {
        if (size == 0 || docs[size - 1] != doc) {
            add(doc);
        }
    }

    int size() {
        return size;
    }

    int get(int i) {
        return docs[i];
    }

    /**
     * The index of the first document number at least {@code doc}, searching from index {@code from} on
     * (galloping, then binary search: cheap when the answer is near).
     */
    int seek(int from, int doc) {
        if (from >= size || docs[from] >= doc) {
            return from;
        }
        int lo = from;
        int step = 1;
        int hi = from + 1;
        while (hi < size && docs[hi] < doc) {
            lo = hi;
            step <<= 1;
            hi = from + step;
        }
        int i = Arrays.binarySearch(docs, lo + 1, Math.min(hi, size), doc);
        return i >= 0 ? i : -i - 1;
    }

    /** The index of the first document number at least {@code doc}. */
    int indexOf(int doc) {
        if (doc <= 0) {
            return 0;
        }
        int i = Arrays.binarySearch(docs, 0, size, doc);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Replaces each number {@code n} by {@code map[n]}, dropping those mapped to -1, and keeps the list ascending.
     * {@code map} must keep the order of the numbers below {@code sortedEnd}: those stay ascending as they are,
     * only the others (few) are sorted and merged in, so the cost is linear in the list's length.
     */
    void remap(int[] map, int sortedEnd) {
        int n = 0;
        int[] rest = null;
        int restSize = 0;
        for (int i = 0; i < size; i++) {
            int from = docs[i];
            int to = map[from];
            if (to < 0) {
                continue;
            }
            if (from < sortedEnd) {
                docs[n++] = to;
            } else {
                if (rest == null) {
                    rest = new int[size - i];
                }
                rest[restSize++] = to;
            }
        }
        if (rest == null || restSize == 0) {
            size = n;
            if (docs.length > size + 4) {
                docs = Arrays.copyOf(docs, size);
            }
            return;
        }
        Arrays.sort(rest, 0, restSize);
        int[] merged = new int[n + restSize];
        int a = 0;
        int b = 0;
        int k = 0;
        while (a < n && b < restSize) {
            merged[k++] = docs[a] < rest[b] ? docs[a++] : rest[b++];
        }
        while (a < n) {
            merged[k++] = docs[a++];
        }
        while (b < restSize) {
            merged[k++] = rest[b++];
        }
        docs = merged;
        size = merged.length;
    }
}
