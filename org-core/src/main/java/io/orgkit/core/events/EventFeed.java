package io.orgkit.core.events;

import io.orgkit.core.Page;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.StoredEvent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ordered, replayable feed of every committed event, for hosts that must not miss one. Read it in pages of
 * typed entries ({@link #read}): each says what happened ({@link FeedEvent#event()}), to which organization, when,
 * and who did it ({@link FeedEvent#actor()}). Keep the last {@link Page#next()} (or {@link FeedEvent#cursor()})
 * and resume from it; entries come in commit order, without gaps a reader could miss.
 */
public interface EventFeed {

    /**
     * Events after {@code sequence} (0 for the beginning), oldest first, at most {@code limit}, as stored (the
     * payload is the event as JSON). Prefer {@link #read}, which gives typed events and the actor.
     *
     * @param sequence the last sequence handled
     * @param limit at most this many
     * @return the entries
     */
    List<StoredEvent> after(long sequence, int limit);

    /**
     * One page of the feed of every organization, oldest first.
     *
     * @param cursor null for the beginning, else a {@link Page#next()} or {@link FeedEvent#cursor()} of this feed
     * @param limit the page size, 1-{@value Page#MAX_LIMIT}
     * @return the page; its {@code next} is null when the feed has no more entries now (read again later with the
     *     cursor of the last entry)
     * @throws io.orgkit.core.ValidationException for a bad cursor ({@code cursor}) or limit ({@code limit})
     * @throws io.orgkit.core.StorageException for a stored entry of an event type this version does not know
     */
    Page<FeedEvent> read(@Nullable String cursor, int limit);

    /**
     * One page of the feed of one organization, oldest first (read through an index: other organizations' entries
     * cost nothing). A deleted organization's feed holds its {@code OrganizationDeleted} entry only.
     *
     * @param org the organization
     * @param cursor null for the beginning, else a cursor of this feed
     * @param limit the page size, 1-{@value Page#MAX_LIMIT}
     * @return the page
     * @throws io.orgkit.core.ValidationException for a bad cursor or limit, or a null organization
     * @throws io.orgkit.core.StorageException for a stored entry of an event type this version does not know
     */
    Page<FeedEvent> read(OrgId org, @Nullable String cursor, int limit);

    /**
     * The cursor that reads the feed after {@code sequence}, for hosts that kept sequences of {@link #after}.
     *
     * @param sequence a sequence (0 for the beginning)
     * @return the cursor
     * @throws io.orgkit.core.ValidationException for a negative sequence
     */
    static String cursorAfter(long sequence) {
        if (sequence < 0) {
            throw io.orgkit.core.ValidationException.of("sequence", "must not be negative, was " + sequence);
        }
        return io.orgkit.core.internal.Cursors.afterEvent(sequence);
    }
}
