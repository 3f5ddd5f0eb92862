package io.orgkit.core.internal.search;

import io.orgkit.core.search.SearchTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parts of a term after each separator (space, {@code . _ - + @ ·}), as non-whole terms: {@code bob li}
 * gives {@code li}, {@code bob.li@acme.example} gives {@code li@acme.example}, {@code acme.example} and
 * {@code example}, so a short query matches the start of any word.
 */
final class Words {
    private static final String SEPARATORS = " ._-+@·";

    private Words() {}

    /** Whether {@code c} separates words (a word starts after one). */
    static boolean isSeparator(char c) {
        return SEPARATORS.indexOf(c) >= 0;
    }

    static List<SearchTerm> of(SearchTerm term) {
        String text = term.text();
        int[] origin = term.origin();
        List<SearchTerm> out = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (isSeparator(text.charAt(i - 1)) && !isSeparator(text.charAt(i))) {
                out.add(new SearchTerm(text.substring(i), Arrays.copyOfRange(origin, i, origin.length), false));
            }
        }
        return out;
    }
}
