package io.orgkit.core.internal;

import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.internal.search.SearchTerms;
import io.orgkit.core.internal.search.SearchWrites;
import io.orgkit.core.store.StoreSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One write transaction as core sees it: the store session, the time of the call, the events it raises. */
public final class Tx {
    private final StoreSession session;
    private final Instant now;
    private final List<OrgEvent> events = new ArrayList<>();
    private final SearchWrites search;

    Tx(StoreSession session, Instant now, SearchTerms terms) {
        this.session = session;
        this.now = now;
        this.search = new SearchWrites(terms, session);
    }

    /** Keeps the search terms of what this transaction writes; call it at every member or department write. */
    public SearchWrites search() {
        return search;
    }

    public StoreSession session() {
        return session;
    }

    public Instant now() {
        return now;
    }

    public void emit(OrgEvent event) {
        events.add(event);
    }

    List<OrgEvent> events() {
        return events;
    }
}
