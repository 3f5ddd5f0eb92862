package io.orgkit.core.internal;

import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.internal.search.SearchTerms;
import io.orgkit.core.internal.search.SearchWrites;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoreSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One write transaction as core sees it: the store session, the organizations it locked (as stored when the lock
 * was granted), the time of the call, the events it raises. Made only by {@link ServiceContext}, which locks
 * before any work runs.
 */
public final class Tx {
    private final StoreSession session;
    private final List<Organization> locked;
    private final Instant now;
    private final List<OrgEvent> events = new ArrayList<>();
    private final SearchWrites search;

    Tx(StoreSession session, List<Organization> locked, Instant now, SearchTerms terms) {
        this.session = session;
        this.locked = List.copyOf(locked);
        this.now = now;
        this.search = new SearchWrites(terms, session);
    }

    /** Keeps the search terms of what this transaction writes; call it at every member or department write. */
    public SearchWrites search() {
        return search;
    }

    /** The organizations this transaction locked, as stored when it got the lock (empty when it creates one). */
    public List<Organization> locked() {
        return locked;
    }

    /** The one organization this transaction locked. */
    public Organization organization() {
        if (locked.size() != 1) {
            throw new IllegalStateException("this transaction locked " + locked.size() + " organizations, not one");
        }
        return locked.get(0);
    }

    public StoreSession session() {
        return session;
    }

    public Instant now() {
        return now;
    }

    /**
     * Removes {@code member}'s name from the stored feed entries of the transaction's organization (erasure); the
     * events this transaction raised so far are rewritten alike before they are fed.
     */
    public void scrubFeed(io.orgkit.core.members.MemberId member, String placeholder) {
        EventBus.scrubMember(session, organization().id(), member, placeholder);
        events.replaceAll(e -> e instanceof OrgEvent.MemberAdded a && a.member().equals(member)
                ? new OrgEvent.MemberAdded(a.orgId(), a.at(), a.member(), placeholder)
                : e);
    }

    public void emit(OrgEvent event) {
        events.add(event);
    }

    List<OrgEvent> events() {
        return events;
    }
}
