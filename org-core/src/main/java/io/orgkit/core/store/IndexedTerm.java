package io.orgkit.core.store;

import io.orgkit.core.internal.Check;
import io.orgkit.core.search.SearchTerm;

/**
 * One search term as a store keeps it: text in search form (at most {@link SearchTerm#MAX_LENGTH} characters)
 * and whether it stands for a whole field (a query equal to a whole term ranks as exact).
 */
public record IndexedTerm(String text, boolean whole) {
    /**
     * Validates the term.
     *
     * @throws IllegalArgumentException when the text is empty or longer than {@link SearchTerm#MAX_LENGTH}
     */
    public IndexedTerm {
        Check.notNull(text, "text");
        if (text.isEmpty() || text.length() > SearchTerm.MAX_LENGTH) {
            throw new IllegalArgumentException("an indexed term must have 1.." + SearchTerm.MAX_LENGTH + " characters");
        }
    }
}
