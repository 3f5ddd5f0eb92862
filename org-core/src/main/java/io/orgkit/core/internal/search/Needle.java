package io.orgkit.core.internal.search;

import io.orgkit.core.ValidationException;
import io.orgkit.core.search.Search;
import io.orgkit.core.search.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * A query in search form: folded like terms, phone-looking queries reduced to digits. Queries of one or two
 * Latin letters or digits match the start of terms only; others match anywhere in a term.
 */
public record Needle(String text, boolean anywhere) {

    /**
     * The needle of {@code query}, or null for a blank query (which finds nothing).
     *
     * @throws ValidationException when the query is longer than {@link Search#MAX_QUERY} characters
     */
    public static @Nullable Needle of(@Nullable String query) {
        if (query == null) {
            return null;
        }
        if (query.length() > Search.MAX_QUERY) {
            throw ValidationException.of(
                    "text", "must be at most " + Search.MAX_QUERY + " characters, was " + query.length());
        }
        String folded = PhoneDigits.query(SearchText.fold(query));
        if (folded.isEmpty()) {
            return null;
        }
        return new Needle(folded, folded.length() >= 3 || !folded.chars().allMatch(c -> c < 0x80));
    }
}
