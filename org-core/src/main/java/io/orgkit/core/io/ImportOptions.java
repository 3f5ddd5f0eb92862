package io.orgkit.core.io;

import io.orgkit.core.internal.Check;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * How an import behaves. Start from {@link #defaults()} (all-or-nothing, no upsert, unknown departments refused,
 * default limits, CSV encoding detected) and change what you need:
 * <pre>{@code ImportOptions.defaults().mode(ImportMode.SKIP_INVALID_ROWS).upsertByEmployeeId(true)}</pre>
 *
 * @param csvCharset the encoding of CSV files; null chooses it strictly: UTF-8 (BOM or not) if the whole file is
 *                   valid UTF-8, else GBK or else GB18030 if valid in it, else the file is refused
 */
public record ImportOptions(
        ImportMode mode,
        boolean upsertByEmployeeId,
        boolean createMissingDepartments,
        ImportLimits limits,
        @Nullable Charset csvCharset,
        ImportProgressListener progress) {
    /**
     * Validates the options.
     *
     * @throws io.orgkit.core.ValidationException when the mode, limits or listener is missing
     */
    public ImportOptions {
        Check.notNull(mode, "mode");
        Check.notNull(limits, "limits");
        Check.notNull(progress, "progress");
    }

    /** {@return the defaults: all or nothing, no upsert, no missing departments created, default limits} */
    public static ImportOptions defaults() {
        return new ImportOptions(
                ImportMode.ALL_OR_NOTHING, false, false, ImportLimits.defaults(), null, ImportProgressListener.NONE);
    }

    /**
     * These options with another mode.
     *
     * @param m the mode
     * @return new options
     */
    public ImportOptions mode(ImportMode m) {
        return new ImportOptions(m, upsertByEmployeeId, createMissingDepartments, limits, csvCharset, progress);
    }

    /** When on, a row whose employee ID an existing member holds updates that member instead of being refused. */
    public ImportOptions upsertByEmployeeId(boolean on) {
        return new ImportOptions(mode, on, createMissingDepartments, limits, csvCharset, progress);
    }

    /** When on, department paths that do not exist yet are created (parents first) instead of being refused. */
    public ImportOptions createMissingDepartments(boolean on) {
        return new ImportOptions(mode, upsertByEmployeeId, on, limits, csvCharset, progress);
    }

    /**
     * These options with other limits.
     *
     * @param l the limits
     * @return new options
     */
    public ImportOptions limits(ImportLimits l) {
        return new ImportOptions(mode, upsertByEmployeeId, createMissingDepartments, l, csvCharset, progress);
    }

    /** Shortcut for {@code limits(limits().withMaxRows(rows))}. */
    public ImportOptions maxRows(int rows) {
        return limits(limits.withMaxRows(rows));
    }

    /**
     * These options with a fixed character set for CSV files.
     *
     * @param charset the character set, or null to detect it (UTF-8 with or without BOM, else GB18030)
     * @return new options
     */
    public ImportOptions csvCharset(@Nullable Charset charset) {
        return new ImportOptions(mode, upsertByEmployeeId, createMissingDepartments, limits, charset, progress);
    }

    /**
     * These options with a progress listener.
     *
     * @param listener receives progress on the importing thread
     * @return new options
     */
    public ImportOptions progress(ImportProgressListener listener) {
        return new ImportOptions(mode, upsertByEmployeeId, createMissingDepartments, limits, csvCharset, listener);
    }
}
