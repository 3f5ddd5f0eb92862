package io.orgkit.core.store;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The n-grams the in-memory search index keys on: every character outside ASCII (Chinese and other scripts),
 * every two characters that include one, every three characters, and markers for the first one and two
 * characters of a term (for short Latin queries, which match term starts only). A needle's grams are a subset
 * of the grams of every term containing it, so the index never misses a match.
 */
final class Grams {
    private static final char START = '\u0000';

    private Grams() {}

    static void ofTerm(String t, Set<String> out) {
        ofNeedle(t, out);
        out.add(START + t.substring(0, 1));
        if (t.length() >= 2) {
            out.add(START + t.substring(0, 2));
        }
    }

    /** The grams a term containing {@code needle} certainly has. */
    static Set<String> ofNeedle(String needle, Set<String> out) {
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            if (c >= 0x80) {
                out.add(String.valueOf(c));
            }
            if (i + 1 < needle.length() && (c >= 0x80 || needle.charAt(i + 1) >= 0x80)) {
                out.add(needle.substring(i, i + 2));
            }
            if (i + 2 < needle.length()) {
                out.add(needle.substring(i, i + 3));
            }
        }
        return out;
    }

    /** The gram a short needle (one or two Latin characters, which has no other gram) needs at a term's start. */
    static String start(String needle) {
        return START + needle;
    }

    static Set<String> newSet() {
        return new LinkedHashSet<>();
    }
}
