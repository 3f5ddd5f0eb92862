package io.orgkit.core.sync;

import io.orgkit.core.internal.Check;

/**
 * Where a running sync is.
 *
 * @param done  items handled in this phase so far (fetched departments and members, or applied changes)
 * @param total items of the phase, or -1 while unknown (fetching)
 */
public record SyncProgress(Phase phase, long done, long total) {
    /** The phases of a sync, in order. */
    public enum Phase {
        /** Reading the platform's directory. */
        FETCHING,
        /** Comparing it with the organization. */
        PLANNING,
        /** Storing the changes, batch by batch. */
        APPLYING,
        /** Finished. */
        DONE
    }

    /**
     * Validates the progress.
     *
     * @throws io.orgkit.core.ValidationException when the phase is missing
     */
    public SyncProgress {
        Check.notNull(phase, "phase");
    }

    @Override
    public String toString() {
        return phase + " " + done + (total >= 0 ? "/" + total : "");
    }
}
