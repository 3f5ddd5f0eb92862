package io.orgkit.core.io;

import io.orgkit.core.ValidationException;
/**
 * Limits an import enforces before writing anything; a file beyond one is refused as a whole.
 *
 * @param maxFileBytes    largest accepted file (default 100 MB)
 * @param maxRows         most data rows, the header not counted (default 100,000)
 * @param maxZipEntries   most entries inside an .xlsx archive (default 1,000)
 * @param maxEntryBytes   largest uncompressed entry inside an .xlsx archive (default 512 MB)
 * @param minInflateRatio smallest accepted compressed/uncompressed size ratio of an entry (default 0.01, i.e. an
 *                        entry may expand at most 100-fold); lower ratios are typical of zip bombs
 */
public record ImportLimits(long maxFileBytes, int maxRows, int maxZipEntries, long maxEntryBytes,
                           double minInflateRatio) {
    public static final int DEFAULT_MAX_ROWS = 100_000;

    public ImportLimits {
        positive("maxFileBytes", maxFileBytes);
        positive("maxRows", maxRows);
        positive("maxZipEntries", maxZipEntries);
        positive("maxEntryBytes", maxEntryBytes);
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw ValidationException.of("minInflateRatio", "minInflateRatio must lie between 0 and 1 (exclusive), was "
                    + minInflateRatio);
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(100L << 20, DEFAULT_MAX_ROWS, 1_000, 512L << 20, 0.01);
    }

    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxFileBytes, rows, maxZipEntries, maxEntryBytes, minInflateRatio);
    }

    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxRows, maxZipEntries, maxEntryBytes, minInflateRatio);
    }

    public ImportLimits withZipLimits(int entries, long entryBytes, double inflateRatio) {
        return new ImportLimits(maxFileBytes, maxRows, entries, entryBytes, inflateRatio);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw ValidationException.of(name, name + " must be positive, was " + value);
        }
    }
}
