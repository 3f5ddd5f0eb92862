package io.orgkit.core.sync;

import io.orgkit.core.internal.Check;

/**
 * One planned change.
 *
 * @param externalId the platform's id of the department or member
 * @param name       its name (the new name for a rename)
 * @param detail     what changes, e.g. {@code "parent: 12 -> 15"}; empty when the kind says it all
 */
public record SyncChange(ChangeKind kind, String externalId, String name, String detail) {
    /**
     * Validates the change.
     *
     * @throws io.orgkit.core.ValidationException when a component is missing
     */
    public SyncChange {
        Check.notNull(kind, "kind");
        Check.notNull(externalId, "externalId");
        Check.notNull(name, "name");
        Check.notNull(detail, "detail");
    }

    /** One stable line: kind, external id, name and detail. */
    public String line() {
        return kind + " " + externalId + " '" + name + "'" + (detail.isEmpty() ? "" : " " + detail);
    }
}
