package io.orgkit.core.sync;

import io.orgkit.core.internal.Check;

/**
 * A remote item the sync could not take (an invalid email, a phone already used by another member). It is left
 * as it was locally (not created, not changed, not resigned); everything else is applied. Fix it on the
 * platform, then sync again.
 *
 * @param kind       {@code "member"} or {@code "department"}
 * @param externalId the platform's id of the item
 * @param message    what was wrong, never a secret
 */
public record SyncFailure(String kind, String externalId, String name, String message) {
    /**
     * Validates the failure.
     *
     * @throws io.orgkit.core.ValidationException when a component is missing
     */
    public SyncFailure {
        Check.notNull(kind, "kind");
        Check.notNull(externalId, "externalId");
        Check.notNull(name, "name");
        Check.notNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + " " + externalId + " '" + name + "': " + message;
    }
}
