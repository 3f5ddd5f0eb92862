package io.orgkit.core.internal.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first row holding each value, compactly: each value is stored once as bytes (with its row number) in
 * pages of 1 MB, and an open-addressing table of ints points at them. Values are compared byte for byte, so two
 * values with the same hash are never taken for each other. About 30 bytes a value instead of ~120 in a
 * {@code HashMap<String, Integer>}.
 */
final class ValueIndex {
    private static final int PAGE_BITS = 20;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int MAX_VALUE_BYTES = 0xFFFF;

    /** A hash over {@code bytes[from, to)}; replaceable so tests can force every value onto one hash. */
    interface Hash {
        int of(byte[] bytes, int from, int to);
    }

    private final Hash hash;
    private final List<byte[]> pages = new ArrayList<>();
    private int used = PAGE_SIZE;
    private int[] slots = new int[1 << 10];
    private int size;

    ValueIndex() {
        this(ValueIndex::fnv);
    }

    ValueIndex(Hash hash) {
        this.hash = hash;
    }

    /** Records {@code row} as the holder of {@code value} and returns 0, or returns the row that holds it already. */
    int putIfAbsent(String value, int row) {
        if (row <= 0) {
            throw new IllegalArgumentException("row numbers (and indexes stored) start at 1, got " + row);
        }
        byte[] bytes = encode(value);
        int mask = slots.length - 1;
        for (int i = hash.of(bytes, 0, bytes.length) & mask; ; i = (i + 1) & mask) {
            int ref = slots[i];
            if (ref == 0) {
                slots[i] = store(bytes, row);
                if (++size * 2 > slots.length) {
                    grow();
                }
                return 0;
            }
            if (sameValue(ref - 1, bytes)) {
                return rowAt(ref - 1);
            }
        }
    }

    /** The row holding {@code value}, or 0. */
    int get(String value) {
        byte[] bytes = encode(value);
        int mask = slots.length - 1;
        for (int i = hash.of(bytes, 0, bytes.length) & mask; ; i = (i + 1) & mask) {
            int ref = slots[i];
            if (ref == 0) {
                return 0;
            }
            if (sameValue(ref - 1, bytes)) {
                return rowAt(ref - 1);
            }
        }
    }

    int size() {
        return size;
    }

    /** Stores row (4 bytes), length (2 bytes) and the value's bytes; returns the position + 1 (0 marks empty). */
    private int store(byte[] bytes, int row) {
        if (bytes.length > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("a unique value of " + bytes.length + " bytes is longer than the limit");
        }
        int need = 6 + bytes.length;
        if (used + need > PAGE_SIZE) {
            if (pages.size() == (Integer.MAX_VALUE >> PAGE_BITS)) {
                throw new IllegalStateException("the import's unique values exceed 2 GB; split the file");
            }
            pages.add(new byte[PAGE_SIZE]);
            used = 0;
        }
        byte[] page = pages.get(pages.size() - 1);
        int at = used;
        putInt(page, at, row);
        page[at + 4] = (byte) (bytes.length >>> 8);
        page[at + 5] = (byte) bytes.length;
        System.arraycopy(bytes, 0, page, at + 6, bytes.length);
        used += need;
        return (((pages.size() - 1) << PAGE_BITS) | at) + 1;
    }

    private boolean sameValue(int pos, byte[] bytes) {
        byte[] page = pages.get(pos >>> PAGE_BITS);
        int at = pos & (PAGE_SIZE - 1);
        return length(page, at) == bytes.length
                && Arrays.equals(page, at + 6, at + 6 + bytes.length, bytes, 0, bytes.length);
    }

    private int rowAt(int pos) {
        byte[] page = pages.get(pos >>> PAGE_BITS);
        int at = pos & (PAGE_SIZE - 1);
        return ((page[at] & 0xFF) << 24)
                | ((page[at + 1] & 0xFF) << 16)
                | ((page[at + 2] & 0xFF) << 8)
                | (page[at + 3] & 0xFF);
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int ref : old) {
            if (ref != 0) {
                byte[] page = pages.get((ref - 1) >>> PAGE_BITS);
                int at = (ref - 1) & (PAGE_SIZE - 1);
                int i = hash.of(page, at + 6, at + 6 + length(page, at)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = ref;
            }
        }
    }

    private static int length(byte[] page, int at) {
        return ((page[at + 4] & 0xFF) << 8) | (page[at + 5] & 0xFF);
    }

    private static void putInt(byte[] page, int at, int v) {
        page[at] = (byte) (v >>> 24);
        page[at + 1] = (byte) (v >>> 16);
        page[at + 2] = (byte) (v >>> 8);
        page[at + 3] = (byte) v;
    }

    /**
     * Lossless bytes of a value: a tag, then one byte a character when every character is below U+0100 (phones,
     * most emails and employee IDs), else two (UTF-16). Unlike UTF-8 this keeps unpaired surrogates apart.
     */
    static byte[] encode(String value) {
        boolean narrow = true;
        for (int i = 0; i < value.length() && narrow; i++) {
            narrow = value.charAt(i) < 0x100;
        }
        int width = narrow ? 1 : 2;
        byte[] out = new byte[1 + value.length() * width];
        out[0] = (byte) (width - 1);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (narrow) {
                out[1 + i] = (byte) c;
            } else {
                out[1 + 2 * i] = (byte) (c >>> 8);
                out[2 + 2 * i] = (byte) c;
            }
        }
        return out;
    }

    /** The value {@link #encode} was given. */
    static String decode(byte[] bytes) {
        if (bytes[0] == 0) {
            return new String(bytes, 1, bytes.length - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[(bytes.length - 1) / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((bytes[1 + 2 * i] & 0xFF) << 8) | (bytes[2 + 2 * i] & 0xFF));
        }
        return new String(chars);
    }

    /** FNV-1a over the bytes, then a finalizer that spreads the bits (linear probing needs the low bits mixed). */
    static int fnv(byte[] b, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ (b[i] & 0xFF)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
