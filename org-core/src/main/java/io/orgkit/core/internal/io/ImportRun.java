package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.io.ImportMode;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportProgress;
import io.orgkit.core.io.RowError;
import io.orgkit.core.io.SourceRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Receives the rows of one file: finds the header, validates each data row, keeps what the write needs: the
 * valid rows in a {@link RowSpool} (on disk) and the department paths they use.
 */
final class ImportRun {
    static final int PROGRESS_EVERY = 1_000;

    /**
     * What the failed rows and their errors, which the result returns, may take in the heap (estimated): a complete
     * 100,000-row file of the template's columns that fails on every row takes about half of it, while a file of
     * many tiny cells (16,384 one-character cells a row) would take twenty times its own size.
     */
    static final long MAX_REPORT_BYTES = 96L << 20;

    /** The heap a string takes besides its characters (object and array headers, a reference to it), estimated. */
    private static final int STRING_OVERHEAD = 48;

    private final ImportOptions options;
    private @Nullable Function<HeaderMap, RowValidator> validators;
    private @Nullable HeaderMap header;
    private @Nullable RowValidator validator;
    final RowSpool valid;
    final Set<String> validPaths = new LinkedHashSet<>();
    private int validCount;
    private boolean finished;
    final List<SourceRow> invalid = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    private int read;
    private long reportBytes;

    /** @param valid where the valid rows go (not once an all-or-nothing import has an invalid row) */
    ImportRun(ImportOptions options, RowSpool valid, Function<HeaderMap, RowValidator> validators) {
        this.options = options;
        this.valid = valid;
        this.validators = validators;
    }

    void accept(SourceRow row) {
        if (row.isBlank()) {
            return;
        }
        if (finished) {
            throw new IllegalStateException("this import has finished reading");
        }
        if (validator == null) {
            header = HeaderMap.of(row.cells());
            validator = java.util.Objects.requireNonNull(validators).apply(header);
            return;
        }
        if (ExampleRow.matches(java.util.Objects.requireNonNull(header), row)) {
            return;
        }
        if (++read > options.limits().maxRows()) {
            throw ValidationException.of(
                    "file",
                    "the file has more than " + options.limits().maxRows()
                            + " data rows, the import limit; split it into smaller files (or raise"
                            + " ImportLimits.maxRows); nothing was imported");
        }
        int before = errors.size();
        PendingRow p = validator.validate(row, errors);
        if (p == null) {
            invalid.add(row);
            reportBytes += bytes(row, errors.subList(before, errors.size()));
            if (reportBytes > MAX_REPORT_BYTES) {
                throw tooManyInvalid(row.number());
            }
        } else {
            if (errors.isEmpty() || options.mode() == ImportMode.SKIP_INVALID_ROWS) {
                valid.add(p);
            }
            validCount++;
            validPaths.addAll(p.paths());
        }
        if (read % PROGRESS_EVERY == 0) {
            options.progress().onProgress(new ImportProgress(ImportProgress.Phase.READING, read, 0, 0));
        }
    }

    /** The estimated heap that keeping {@code row} and its {@code errors} for the result takes. */
    private static long bytes(SourceRow row, List<RowError> errors) {
        long n = 64;
        for (String cell : row.cells()) {
            n += STRING_OVERHEAD + cell.length();
        }
        for (RowError e : errors) {
            n += 32 + STRING_OVERHEAD + e.message().length();
        }
        return n;
    }

    private ValidationException tooManyInvalid(int row) {
        String message = "the file has too many invalid rows to list them all (by row " + row + ", more than "
                + (MAX_REPORT_BYTES >> 20) + " MB of rows to fix); check that it is the right file and that its"
                + " columns are the template's; nothing was imported";
        if (errors.isEmpty()) {
            return ValidationException.of("file", message);
        }
        // RowError's own text ("row 2, Phone: ..."); its column is a header label, already cut when the error was made
        return ValidationException.of("file", message + "; the first problem: " + errors.get(0));
    }

    /** Drops what only reading needed (the uniqueness maps), before the write. */
    void doneReading() {
        finished = true;
        validators = null;
        if (validator != null) {
            validator.doneReading();
        }
    }

    /** The validator, to make the members of the spooled rows for writing. */
    RowValidator validator() {
        if (validator == null) {
            throw new IllegalStateException("the header was never read");
        }
        return validator;
    }

    int validCount() {
        return validCount;
    }

    /** The header; refuses a file that had no non-blank row at all. */
    HeaderMap header() {
        if (header == null) {
            throw ValidationException.of(
                    "file",
                    "the file is empty: it has no header row and no members; download"
                            + " the template, fill it in and upload it again");
        }
        return header;
    }

    int read() {
        return read;
    }
}
