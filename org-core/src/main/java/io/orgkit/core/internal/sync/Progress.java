package io.orgkit.core.internal.sync;

import io.orgkit.core.sync.SyncProgress;
import io.orgkit.core.sync.SyncProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls a progress listener, ignoring (and logging) a listener that throws. */
final class Progress {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private Progress() {}

    static void tell(SyncProgressListener listener, SyncProgress progress) {
        try {
            listener.onProgress(progress);
        } catch (RuntimeException e) {
            LOG.warn("OrgKit sync progress listener failed on {}; the sync goes on", progress, e);
        }
    }
}
