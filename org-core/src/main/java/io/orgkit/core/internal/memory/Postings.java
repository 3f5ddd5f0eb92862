package io.orgkit.core.internal.memory;

import java.util.Arrays;

/** A growing, ascending list of document numbers (one n-gram's postings). */
final class Postings {
    private int[] docs = new int[2];
    private int size;

    void add(int doc) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size + (size >> 1) + 2);
        }
        docs[size++] = doc;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return docs[i];
    }

    /** Whether {@code doc} is in the list (binary search; the list is ascending). */
    boolean contains(int doc) {
        return Arrays.binarySearch(docs, 0, size, doc) >= 0;
    }

    void trim() {
        if (docs.length > size + 4) {
            docs = Arrays.copyOf(docs, size);
        }
    }
}
