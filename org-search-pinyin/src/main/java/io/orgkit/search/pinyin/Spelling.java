package io.orgkit.search.pinyin;

import io.orgkit.core.search.SearchTerm;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Builds a term's text with, for each character, the index of the name's character it spells. */
final class Spelling {
    private final StringBuilder text = new StringBuilder();
    private int[] origin = new int[16];

    Spelling append(String part, int from) {
        for (int i = 0; i < part.length() && text.length() < SearchTerm.MAX_LENGTH; i++) {
            if (text.length() == origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2);
            }
            origin[text.length()] = from;
            text.append(part.charAt(i));
        }
        return this;
    }

    /** Appends one character coming from the name's character {@code from} (up to the longest term). */
    Spelling append(char c, int from) {
        if (text.length() < SearchTerm.MAX_LENGTH) {
            if (text.length() == origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2);
            }
            origin[text.length()] = from;
            text.append(c);
        }
        return this;
    }

    /** The text spelled so far. */
    String text() {
        return text.toString();
    }

    /** The term of {@code text} (what {@link #text} gave), or null when nothing was spelled. */
    @Nullable
    SearchTerm term(String text, boolean whole) {
        return text.isEmpty() ? null : new SearchTerm(text, Arrays.copyOf(origin, text.length()), whole);
    }
}
