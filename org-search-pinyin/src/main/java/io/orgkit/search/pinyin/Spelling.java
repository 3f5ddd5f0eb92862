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

    @Nullable
    SearchTerm term(boolean whole) {
        return text.length() == 0 ? null : new SearchTerm(text.toString(), Arrays.copyOf(origin, text.length()), whole);
    }
}
