package io.orgkit.core.search;

import io.orgkit.core.internal.Check;
import java.util.Arrays;
import java.util.Objects;

/**
 * A search term a {@link SearchTermContributor} derives from a name, already in search form (lower case, as
 * {@code SearchText.fold} gives). {@code origin[i]} is the index of the name's character that term character
 * {@code i} comes from, so a match in the term highlights the right characters of the name. A {@code whole}
 * term stands for the entire name (a match equal to it ranks as exact), others for a part or an abbreviation.
 */
public record SearchTerm(String text, int[] origin, boolean whole) {
    /** The longest term kept; longer texts are refused. */
    public static final int MAX_LENGTH = 64;

    /**
     * Validates the term and copies {@code origin}.
     *
     * @throws IllegalArgumentException when the text is blank or longer than {@link #MAX_LENGTH}, or {@code origin}
     *     does not have one non-negative index per character
     */
    public SearchTerm {
        Check.notNull(text, "text");
        Check.notNull(origin, "origin");
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a search term must have 1.." + MAX_LENGTH + " characters");
        }
        if (origin.length != text.length() || !allNonNegative(origin)) {
            throw new IllegalArgumentException("origin needs one index (>= 0) per character of the term");
        }
        origin = origin.clone();
    }

    private static boolean allNonNegative(int[] origin) {
        for (int i : origin) {
            if (i < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@return a copy of the index map (one index into the name per term character)} */
    @Override
    public int[] origin() {
        return origin.clone();
    }

    /** The origin index of term character {@code i}. */
    public int originAt(int i) {
        return origin[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchTerm t && t.text.equals(text) && t.whole == whole && Arrays.equals(t.origin, origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, whole, Arrays.hashCode(origin));
    }

    @Override
    public String toString() {
        return "SearchTerm[" + text + (whole ? ", whole]" : "]");
    }
}
