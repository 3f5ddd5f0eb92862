package io.orgkit.core.sync;

/** How a sync ended. */
public enum SyncOutcome {
    /** Changes were stored. */
    APPLIED,
    /** The organization already matched the platform; nothing was written. */
    UNCHANGED,
    /** The guard held the plan back; nothing was written until someone approves it. */
    HELD,
    /** The fetch, the remote data or the store failed; see the state's error. */
    FAILED
}
