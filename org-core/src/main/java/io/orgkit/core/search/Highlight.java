package io.orgkit.core.search;

import java.util.Objects;

/**
 * A matched range in one field of a hit, for highlighting: characters {@code start} (inclusive) to
 * {@code end} (exclusive) of the field's value.
 */
public record Highlight(String field, int start, int end) {
    public Highlight {
        Objects.requireNonNull(field, "field");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
