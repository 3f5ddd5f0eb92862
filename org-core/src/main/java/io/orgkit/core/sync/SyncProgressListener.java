package io.orgkit.core.sync;

/** Told where a running sync is; called on the syncing thread, so keep it quick. A listener that throws is ignored. */
@FunctionalInterface
public interface SyncProgressListener {
    SyncProgressListener NONE = progress -> {};

    void onProgress(SyncProgress progress);
}
