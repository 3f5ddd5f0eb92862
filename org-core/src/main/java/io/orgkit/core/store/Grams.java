package io.orgkit.core.store;

import java.util.Arrays;

/**
 * The n-grams the in-memory search index keys on: every character outside ASCII (Chinese and other scripts),
 * every two characters that include one, every three characters, and markers for the first one and two
 * characters of a term (for short Latin queries, which match term starts only). A needle's grams are a subset
 * of the grams of every term containing it, so the index never misses a match.
 *
 * <p>A gram is a {@code long}, not a string, so cutting a term allocates nothing: its one to three UTF-16 code
 * units in bits 0–47, its length in bits 48–49, and bit 50 set for a term-start marker.
 */
final class Grams {
    private static final long START = 1L << 50;

    /** The key of no characters: the posting list of every document. */
    static final long EVERY = 0L;

    private Grams() {}

    static long of(String s, int from, int length) {
        long key = (long) length << 48;
        for (int i = 0; i < length; i++) {
            key |= (long) s.charAt(from + i) << (16 * i);
        }
        return key;
    }

    /** Adds the grams of term {@code t} to {@code out}. */
    static void ofTerm(String t, Buffer out) {
        ofNeedle(t, out);
        out.add(START | of(t, 0, 1));
        if (t.length() >= 2) {
            out.add(START | of(t, 0, 2));
        }
    }

    /** Adds the grams a term containing {@code needle} certainly has. */
    static void ofNeedle(String needle, Buffer out) {
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            if (c >= 0x80) {
                out.add(of(needle, i, 1));
            }
            if (i + 1 < needle.length() && (c >= 0x80 || needle.charAt(i + 1) >= 0x80)) {
                out.add(of(needle, i, 2));
            }
            if (i + 2 < needle.length()) {
                out.add(of(needle, i, 3));
            }
        }
    }

    /** The gram a short needle (one or two Latin characters, which has no other gram) needs at a term's start. */
    static long start(String needle) {
        return START | of(needle, 0, needle.length());
    }

    /** A reusable list of grams; {@link #distinct} sorts it and drops repeats. */
    static final class Buffer {
        private long[] keys = new long[256];
        private int size;

        void add(long key) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        void clear() {
            size = 0;
        }

        /** Sorts the grams and drops repeats; {@return how many distinct grams there are}. */
        int distinct() {
            Arrays.sort(keys, 0, size);
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n == 0 || keys[n - 1] != keys[i]) {
                    keys[n++] = keys[i];
                }
            }
            size = n;
            return n;
        }

        int size() {
            return size;
        }

        long get(int i) {
            return keys[i];
        }
    }
}
