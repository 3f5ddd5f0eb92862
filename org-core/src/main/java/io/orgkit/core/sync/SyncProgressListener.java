package io.orgkit.core.sync;

/** Told where a running sync is; called on the syncing thread, so keep it quick. A listener that throws is ignored. */
@FunctionalInterface
public interface SyncProgressListener {
    /** A listener that ignores progress. */
    SyncProgressListener NONE = progress -> {};

    /**
     * Receives progress on the thread running the sync; return quickly.
     *
     * @param progress where the sync is
     */
    void onProgress(SyncProgress progress);
}
