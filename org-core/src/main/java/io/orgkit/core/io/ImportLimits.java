package io.orgkit.core.io;

import io.orgkit.core.ValidationException;

/**
 * Limits an import enforces before writing anything; a file beyond one is refused as a whole. Besides these
 * settings, every format holds each cell to {@link #MAX_CELL_CHARS} characters, each row to
 * {@link #MAX_COLUMNS} columns and {@link #MAX_ROW_CHARS} characters in all.
 *
 * @param maxFileBytes          largest accepted file (default 100 MB)
 * @param maxRows               most data rows, the header not counted (default 100,000)
 * @param maxZipEntries         most entries inside an .xlsx archive (default 1,000)
 * @param maxEntryBytes         largest uncompressed entry inside an .xlsx archive (default 512 MB)
 * @param minInflateRatio       smallest accepted compressed/uncompressed size ratio of an entry (default 0.01, i.e.
 *                              an entry may expand at most 100-fold); lower ratios are typical of zip bombs
 * @param maxSharedStrings      most distinct texts in an .xlsx workbook's shared-strings table (default 1,000,000:
 *                              ten distinct texts per row of a 100,000-row file)
 * @param maxSharedStringsBytes largest uncompressed shared-strings part of an .xlsx workbook (default 64 MB); the
 *                              table is kept in memory while the sheet is read, so this bounds that memory
 */
public record ImportLimits(
        long maxFileBytes,
        int maxRows,
        int maxZipEntries,
        long maxEntryBytes,
        double minInflateRatio,
        int maxSharedStrings,
        long maxSharedStringsBytes) {
    /** The default of {@code maxRows}. */
    public static final int DEFAULT_MAX_ROWS = 100_000;
    /** Most characters in one cell: Excel's own limit (32,767). */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Most columns in a row: Excel's own limit (16,384, column XFD). */
    public static final int MAX_COLUMNS = 16_384;
    /** Most characters in one row, all its cells together (1,048,576). */
    public static final int MAX_ROW_CHARS = 1 << 20;

    /**
     * Validates the limits.
     *
     * @throws io.orgkit.core.ValidationException when a limit is not positive or the inflate ratio is not strictly
     *     between 0 and 1
     */
    public ImportLimits {
        positive("maxFileBytes", maxFileBytes);
        positive("maxRows", maxRows);
        positive("maxZipEntries", maxZipEntries);
        positive("maxEntryBytes", maxEntryBytes);
        positive("maxSharedStrings", maxSharedStrings);
        positive("maxSharedStringsBytes", maxSharedStringsBytes);
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw ValidationException.of(
                    "minInflateRatio", "minInflateRatio must lie between 0 and 1 (exclusive), was " + minInflateRatio);
        }
    }

    /** {@return the defaults given for each component} */
    public static ImportLimits defaults() {
        return new ImportLimits(100L << 20, DEFAULT_MAX_ROWS, 1_000, 512L << 20, 0.01, 1_000_000, 64L << 20);
    }

    /**
     * These limits with another row limit.
     *
     * @param rows most data rows
     * @return new limits
     * @throws io.orgkit.core.ValidationException when {@code rows} is not positive
     */
    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(
                maxFileBytes,
                rows,
                maxZipEntries,
                maxEntryBytes,
                minInflateRatio,
                maxSharedStrings,
                maxSharedStringsBytes);
    }

    /**
     * These limits with another file size limit.
     *
     * @param bytes largest accepted file
     * @return new limits
     * @throws io.orgkit.core.ValidationException when {@code bytes} is not positive
     */
    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(
                bytes, maxRows, maxZipEntries, maxEntryBytes, minInflateRatio, maxSharedStrings, maxSharedStringsBytes);
    }

    /**
     * These limits with other zip limits (for .xlsx files).
     *
     * @param entries most entries in the archive
     * @param entryBytes largest uncompressed entry
     * @param inflateRatio smallest compressed/uncompressed size ratio of an entry
     * @return new limits
     * @throws io.orgkit.core.ValidationException when a value is out of range
     */
    public ImportLimits withZipLimits(int entries, long entryBytes, double inflateRatio) {
        return new ImportLimits(
                maxFileBytes, maxRows, entries, entryBytes, inflateRatio, maxSharedStrings, maxSharedStringsBytes);
    }

    /** The limits on an .xlsx workbook's shared-strings table: how many texts, and the part's unpacked size. */
    public ImportLimits withSharedStringsLimits(int strings, long bytes) {
        return new ImportLimits(maxFileBytes, maxRows, maxZipEntries, maxEntryBytes, minInflateRatio, strings, bytes);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw ValidationException.of(name, name + " must be positive, was " + value);
        }
    }
}
