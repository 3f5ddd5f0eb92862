package io.orgkit.core.spi;

import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.internal.Check;
import java.util.List;

/**
 * A verified, decrypted callback.
 *
 * @param replayKey          identifies this delivery (e.g. its signature); a second delivery with the same key within
 *                           the decoder's {@link CallbackDecoder#maxAge()} is refused as a replay; at most 150 characters
 * @param event              the platform's event type, for logs (e.g. {@code user_add_org}, {@code check_url})
 * @param changes            complete changes the callback carries (removals need no re-read)
 * @param membersToReread    member ids whose state must be read from the platform now
 * @param departmentsToReread department ids whose state must be read from the platform now
 * @param version            the platform's time of the event (epoch milliseconds), for the re-read states; 0 if none
 * @param reply              what to answer the platform once the callback is handled
 */
public record CallbackMessage(
        String replayKey,
        String event,
        List<RemoteChange> changes,
        List<String> membersToReread,
        List<String> departmentsToReread,
        long version,
        CallbackResponse reply) {
    /** Most ids or changes one callback may name. */
    public static final int MAX_ITEMS = 1_000;

    /**
     * Validates the message and copies its lists.
     *
     * @throws io.orgkit.core.ValidationException when the replay key, event or reply is missing
     * @throws IllegalArgumentException when a list is longer than {@link #MAX_ITEMS} or the replay key longer than 150
     *     characters
     */
    public CallbackMessage {
        Check.notNull(replayKey, "replayKey");
        Check.notNull(event, "event");
        changes = List.copyOf(changes);
        membersToReread = List.copyOf(membersToReread);
        departmentsToReread = List.copyOf(departmentsToReread);
        Check.notNull(reply, "reply");
        if (replayKey.isEmpty() || replayKey.length() > 150) {
            throw new IllegalArgumentException("a replay key has 1 to 150 characters");
        }
        if (changes.size() + membersToReread.size() + departmentsToReread.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a callback names at most " + MAX_ITEMS + " changes or ids");
        }
    }

    /** True when the callback changes nothing (a URL check, an event this library does not follow). */
    public boolean isEmpty() {
        return changes.isEmpty() && membersToReread.isEmpty() && departmentsToReread.isEmpty();
    }
}
