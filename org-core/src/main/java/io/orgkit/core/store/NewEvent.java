package io.orgkit.core.store;

import io.orgkit.core.internal.Check;
import io.orgkit.core.organizations.OrgId;
import java.time.Instant;

/** An event to append to the feed ({@link StoreSession#appendEvents}); the store gives it its sequence. */
public record NewEvent(OrgId orgId, String type, String payload, Instant at) {
    /**
     * Validates the event.
     *
     * @throws io.orgkit.core.ValidationException when a component is missing
     */
    public NewEvent {
        Check.notNull(orgId, "orgId");
        Check.notNull(type, "type");
        Check.notNull(payload, "payload");
        Check.notNull(at, "at");
    }
}
