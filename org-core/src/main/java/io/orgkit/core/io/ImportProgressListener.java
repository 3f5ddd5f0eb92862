package io.orgkit.core.io;

/**
 * Told how a long import advances: about every 1,000 rows while reading and writing, and once when done. Called
 * on the importing thread; keep it quick. An exception thrown here aborts the import (nothing written if it
 * is thrown before writing starts; the write transaction is rolled back if during it).
 */
@FunctionalInterface
public interface ImportProgressListener {
    /** A listener that ignores progress. */
    ImportProgressListener NONE = p -> {};

    /**
     * Receives progress on the importing thread; return quickly.
     *
     * @param progress where the import is
     */
    void onProgress(ImportProgress progress);
}
