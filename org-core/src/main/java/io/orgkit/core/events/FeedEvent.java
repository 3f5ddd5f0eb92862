package io.orgkit.core.events;

import io.orgkit.core.internal.Check;
import io.orgkit.core.internal.Cursors;
import io.orgkit.core.organizations.OrgId;
import java.time.Instant;

/**
 * One entry of the event feed: the event, who made the change and its place in the feed.
 *
 * @param sequence increasing over the whole store, in commit order
 * @param event the event (its {@link OrgEvent#at()} is when the change was made)
 * @param actor who made the change
 */
public record FeedEvent(long sequence, OrgEvent event, Actor actor) {
    /**
     * Checks the components.
     *
     * @param sequence the {@code sequence} component
     * @param event the {@code event} component
     * @param actor the {@code actor} component
     * @throws io.orgkit.core.ValidationException when the event or the actor is null
     */
    public FeedEvent {
        Check.notNull(event, "event");
        Check.notNull(actor, "actor");
    }

    /**
     * The organization the event belongs to.
     *
     * @return its id
     */
    public OrgId orgId() {
        return event.orgId();
    }

    /**
     * When the change was made.
     *
     * @return the time
     */
    public Instant at() {
        return event.at();
    }

    /**
     * The cursor that reads the feed after this entry: keep it to resume where the host stopped.
     *
     * @return an opaque cursor for {@link EventFeed#read}
     */
    public String cursor() {
        return Cursors.afterEvent(sequence);
    }
}
