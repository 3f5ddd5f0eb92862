package io.orgkit.core.internal.search;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.LazySearchEntry;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.StoreSession;
import java.util.Collection;
import java.util.List;

/**
 * The write-side hook: every place that writes a member or department calls one of these in the same
 * transaction, so the stored terms always match the stored data.
 */
public final class SearchWrites {
    private final SearchTerms terms;
    private final StoreSession session;

    public SearchWrites(SearchTerms terms, StoreSession session) {
        this.terms = terms;
        this.session = session;
    }

    /** Records that a new (so empty) organization is indexed by the current rules. */
    public void organizationCreated(OrgId org) {
        session.putAttribute(org, SearchIndex.ATTRIBUTE, terms.fingerprint());
    }

    /** Stores the terms of {@code m} as written (none when resigned). */
    public void member(Member m) {
        session.putLazySearchEntries(List.of(lazy(m)));
    }

    public void members(Collection<Member> written) {
        if (!written.isEmpty()) {
            session.putLazySearchEntries(written.stream().map(this::lazy).toList());
        }
    }

    /** The member's entry as written, derived when the store asks (a member is an immutable snapshot). */
    private LazySearchEntry lazy(Member m) {
        return new LazySearchEntry(m.orgId(), SearchSubject.MEMBER, m.id().value(), () -> terms.derive(m));
    }

    /** Stores the terms of {@code d} as written. */
    public void department(Department d) {
        session.putSearchEntries(List.of(terms.derive(d)));
    }

    /** Removes the terms of a deleted department. */
    public void departmentDeleted(OrgId org, DepartmentId id) {
        session.putSearchEntries(List.of(new SearchEntry(org, SearchSubject.DEPARTMENT, id.value(), "", List.of())));
    }

    public void departments(Collection<Department> written) {
        if (!written.isEmpty()) {
            session.putSearchEntries(written.stream().map(terms::derive).toList());
        }
    }
}
