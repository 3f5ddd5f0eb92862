package io.orgkit.core.sync;

/** Which kind of sync ran. */
public enum SyncKind {
    /** A full snapshot of the platform's directory compared with the local state: the reconciliation. */
    FULL,
    /** Changes only (platform callbacks or a delta feed), through the same mapping and guard. */
    CHANGES
}
