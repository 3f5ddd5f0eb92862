package io.orgkit.core.store;

import io.orgkit.core.internal.Check;
import io.orgkit.core.organizations.OrgId;
import java.util.function.Supplier;

/**
 * The search entry of a member written in a transaction, derived when the store asks for it (see
 * {@link StoreSession#putLazySearchEntries}): a store that indexes in memory may derive it later, before a search
 * reads the subject's terms, instead of on the write path.
 *
 * @param orgId the subject's organization
 * @param subject members or departments
 * @param id the subject's id
 * @param entry derives the entry (core's rules and plug-ins as of the write; the same result whenever called)
 */
public record LazySearchEntry(OrgId orgId, SearchSubject subject, String id, Supplier<SearchEntry> entry) {
    /**
     * Validates the entry.
     *
     * @throws io.orgkit.core.ValidationException when a component is missing
     */
    public LazySearchEntry {
        Check.notNull(orgId, "orgId");
        Check.notNull(subject, "subject");
        Check.notNull(id, "id");
        Check.notNull(entry, "entry");
    }
}
