package io.orgkit.core.internal.io;

import io.orgkit.core.members.Member;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A valid row waiting to be written (its cells are not kept: an import of many rows holds only the members).
 *
 * @param member   the member to insert (a new id) or the updated member (the existing id)
 * @param existing the member before the update, null for a new one
 * @param paths    canonical department paths, main first; empty keeps the existing departments (or the root)
 */
record PendingRow(int row, Member member, @Nullable Member existing, List<String> paths) {
    boolean isUpdate() {
        return existing != null;
    }
}
