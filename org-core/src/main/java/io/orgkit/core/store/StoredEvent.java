package io.orgkit.core.store;

import io.orgkit.core.internal.Check;
import io.orgkit.core.organizations.OrgId;
import java.time.Instant;

/**
 * One entry of the ordered, replayable event feed.
 *
 * @param sequence increasing over the whole store; a host remembers the last one it handled
 * @param type     the event's type name, e.g. {@code MemberResigned}
 * @param payload  the event as JSON
 */
public record StoredEvent(long sequence, OrgId orgId, String type, String payload, Instant at) {
    /**
     * Validates the event.
     *
     * @throws io.orgkit.core.ValidationException when a component is missing
     */
    public StoredEvent {
        Check.notNull(orgId, "orgId");
        Check.notNull(type, "type");
        Check.notNull(payload, "payload");
        Check.notNull(at, "at");
    }
}
