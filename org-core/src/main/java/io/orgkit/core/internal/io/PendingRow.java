package io.orgkit.core.internal.io;

import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A valid row on its way to the store (made once while checking, and again from the re-read row while writing;
 * never kept for the whole file).
 *
 * @param draft  the member the row describes, with a new id
 * @param target the existing member the row updates (upsert by employee ID), null for a new member
 * @param paths  canonical department paths, main first; empty keeps the existing departments (or the root)
 */
record PendingRow(int row, Member draft, @Nullable MemberId target, List<String> paths) {
    boolean isUpdate() {
        return target != null;
    }
}
