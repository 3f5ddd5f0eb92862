package io.orgkit.core.events;

import io.orgkit.core.store.StoredEvent;
import java.util.List;

/** The ordered, replayable feed of every committed event, for hosts that must not miss one. */
public interface EventFeed {

    /** Events after {@code sequence} (0 for the beginning), oldest first, at most {@code limit}. */
    List<StoredEvent> after(long sequence, int limit);
}
