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
        PendingRow p = validator.validate(row, errors);
        if (p == null) {
            invalid.add(row);
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
