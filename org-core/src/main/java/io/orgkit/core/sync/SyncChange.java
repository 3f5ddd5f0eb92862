package io.orgkit.core.sync;

import java.util.Objects;

/**
 * One planned change.
 *
 * @param externalId the platform's id of the department or member
 * @param name       its name (the new name for a rename)
 * @param detail     what changes, e.g. {@code "parent: 12 -> 15"}; empty when the kind says it all
 */
public record SyncChange(ChangeKind kind, String externalId, String name, String detail) {
    public SyncChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
    }

    /** One stable line: kind, external id, name and detail. */
    public String line() {
        return kind + " " + externalId + " '" + name + "'" + (detail.isEmpty() ? "" : " " + detail);
    }
}
