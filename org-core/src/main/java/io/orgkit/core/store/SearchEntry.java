package io.orgkit.core.store;

import io.orgkit.core.internal.Check;
import io.orgkit.core.organizations.OrgId;
import java.util.List;

/**
 * The search terms of one member or department, derived by core at each write; {@code sortName} orders hits of
 * equal rank. An entry with no terms removes the subject from search (a resigned member).
 */
public record SearchEntry(OrgId orgId, SearchSubject subject, String id, String sortName, List<IndexedTerm> terms) {
    /**
     * Validates the entry and copies its terms.
     *
     * @throws io.orgkit.core.ValidationException when a required component is missing
     */
    public SearchEntry {
        Check.notNull(orgId, "orgId");
        Check.notNull(subject, "subject");
        Check.notNull(id, "id");
        Check.notNull(sortName, "sortName");
        terms = List.copyOf(terms);
    }
}
