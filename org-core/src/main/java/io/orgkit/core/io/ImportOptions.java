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
    public ImportOptions {
        Check.notNull(mode, "mode");
        Check.notNull(limits, "limits");
        Check.notNull(progress, "progress");
    }

    public static ImportOptions defaults() {
        return new ImportOptions(
                ImportMode.ALL_OR_NOTHING, false, false, ImportLimits.defaults(), null, ImportProgressListener.NONE);
    }

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

    public ImportOptions limits(ImportLimits l) {
        return new ImportOptions(mode, upsertByEmployeeId, createMissingDepartments, l, csvCharset, progress);
    }

    /** Shortcut for {@code limits(limits().withMaxRows(rows))}. */
    public ImportOptions maxRows(int rows) {
        return limits(limits.withMaxRows(rows));
    }

    public ImportOptions csvCharset(@Nullable Charset charset) {
        return new ImportOptions(mode, upsertByEmployeeId, createMissingDepartments, limits, charset, progress);
    }

    public ImportOptions progress(ImportProgressListener listener) {
        return new ImportOptions(mode, upsertByEmployeeId, createMissingDepartments, limits, csvCharset, listener);
    }
}
