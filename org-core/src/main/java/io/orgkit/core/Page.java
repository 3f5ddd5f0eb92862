package io.orgkit.core;

import io.orgkit.core.internal.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing read with a cursor. Pass {@link #next()} to the same listing to read the following page;
 * the last page has none. Cursors are opaque: do not build or parse them (they are checked and a bad one is refused).
 *
 * <p>Listings are in a stable order (members by name, then id; the event feed by sequence), and each page starts
 * after the last item of the page before, wherever that item is now: everything that exists during the whole walk
 * comes exactly once, in order, whatever is added or removed between pages; what is added during the walk comes at
 * most once (if it sorts after the position reached).
 *
 * @param items the page's items, at most the limit asked for
 * @param next the cursor of the next page, or null on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, @Nullable String next) {
    /** The largest page a listing gives. */
    public static final int MAX_LIMIT = 1_000;

    /**
     * Copies the items.
     *
     * @param items the {@code items} component
     * @param next the {@code next} component
     * @throws ValidationException when {@code items} is null
     */
    public Page {
        items = List.copyOf(Check.notNull(items, "items"));
    }

    /**
     * Whether there is a next page.
     *
     * @return true when {@link #next()} is set
     */
    public boolean hasNext() {
        return next != null;
    }
}
