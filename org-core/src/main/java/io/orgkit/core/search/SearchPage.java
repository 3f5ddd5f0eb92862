package io.orgkit.core.search;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of hits, best first, and the cursor of the next page (empty on the last page). Pass the cursor to
 * {@link MemberQuery#after} (or {@link Search#departments(String, int, String)}) for the following hits.
 */
public record SearchPage<H>(List<H> hits, @Nullable String nextCursor) {
    /** Copies the hits. */
    public SearchPage {
        hits = List.copyOf(hits);
    }

    /** The cursor of the next page, if there is one. */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
