package io.orgkit.core.internal;

import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.store.StoreSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One write transaction as core sees it: the store session, the time of the call, the events it raises. */
public final class Tx {
    private final StoreSession session;
    private final Instant now;
    private final List<OrgEvent> events = new ArrayList<>();

    Tx(StoreSession session, Instant now) {
        this.session = session;
        this.now = now;
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
