package io.orgkit.core.search;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;

/**
 * A matched range in one field of a hit, for highlighting: characters {@code start} (inclusive) to
 * {@code end} (exclusive) of the field's value as stored.
 */
public record Highlight(HighlightField field, int start, int end) {
    /**
     * Validates the range.
     *
     * @throws ValidationException when the range is empty or negative
     */
    public Highlight {
        Check.notNull(field, "field");
        if (start < 0 || end <= start) {
            throw ValidationException.of("range", "bad range " + start + ".." + end);
        }
    }
}
