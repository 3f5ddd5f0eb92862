package io.orgkit.core.store;

import io.orgkit.core.organizations.OrgId;
import java.time.Instant;
import java.util.Objects;

/** An event to append to the feed ({@link StoreSession#appendEvents}); the store gives it its sequence. */
public record NewEvent(OrgId orgId, String type, String payload, Instant at) {
    public NewEvent {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(at, "at");
    }
}
