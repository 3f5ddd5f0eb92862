package io.orgkit.core.spi;

import io.orgkit.core.internal.Check;
import java.util.List;

/**
 * Changes a {@link DirectorySource} read since a cursor.
 *
 * @param changes oldest first
 * @param cursor  where the next read starts; store it only once the changes are applied
 * @param more    true when the platform has further changes after {@code cursor} (read again)
 */
public record ChangePage(List<RemoteChange> changes, String cursor, boolean more) {
    /** Most changes one page may carry. */
    public static final int MAX_CHANGES = 10_000;

    /**
     * Validates the page and copies its changes.
     *
     * @throws io.orgkit.core.ValidationException when the cursor is missing
     * @throws IllegalArgumentException when the page carries more than {@link #MAX_CHANGES} changes or the cursor is
     *     longer than 2000 characters
     */
    public ChangePage {
        changes = List.copyOf(changes);
        Check.notNull(cursor, "cursor");
        if (changes.size() > MAX_CHANGES) {
            throw new IllegalArgumentException(
                    "a change page carries at most " + MAX_CHANGES + " changes, not " + changes.size());
        }
        if (cursor.length() > 2_000) {
            throw new IllegalArgumentException("a change cursor is at most 2000 characters long");
        }
    }
}
