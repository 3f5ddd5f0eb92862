package io.orgkit.core.store;

import io.orgkit.core.internal.Check;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.RoleId;
import org.jspecify.annotations.Nullable;

/**
 * A search over stored terms: subjects of one kind having a term that starts with {@code needle} (or, when
 * {@code anywhere}, contains it), limited to members linked to a department whose path starts with
 * {@code pathPrefix} (departments: whose own path does) and to holders of {@code role}; the first {@code limit}
 * matches in {@link TermMatch} order that come after {@code after}. The needle is in search form already.
 */
public record TermQuery(
        OrgId orgId,
        SearchSubject subject,
        String needle,
        boolean anywhere,
        @Nullable String pathPrefix,
        @Nullable RoleId role,
        @Nullable TermMatch after,
        int limit) {
    /**
     * Validates the query.
     *
     * @throws IllegalArgumentException when the needle is empty or the limit below 1
     */
    public TermQuery {
        Check.notNull(orgId, "orgId");
        Check.notNull(subject, "subject");
        Check.notNull(needle, "needle");
        if (needle.isEmpty() || limit < 1) {
            throw new IllegalArgumentException("a term query needs a needle and a limit of at least 1");
        }
    }

    /** Whether {@code m} comes after this query's cursor. */
    public boolean isAfterCursor(TermMatch m) {
        return after == null || m.compareTo(after) > 0;
    }
}
