package io.orgkit.core.io;

import io.orgkit.core.ValidationException;
import java.util.List;

/**
 * What an import did. {@code read == created + updated + skipped + failed}.
 *
 * @param read      data rows read (blank rows not counted)
 * @param created   members added
 * @param updated   existing members changed (upsert by employee ID)
 * @param skipped   valid rows not written: unchanged members, and every valid row when an all-or-nothing import
 *                  was refused
 * @param failed    rows refused, each with at least one entry in {@code errors}
 * @param errors    every problem found, by row
 * @param header    the file's header row as read
 * @param rowsToFix the failed rows, as uploaded (also when an all-or-nothing import was refused: fix them in the
 *                  file, by their row numbers, and upload the whole file again); see {@link MemberIo#writeErrorReport}
 */
public record ImportResult(
        int read,
        int created,
        int updated,
        int skipped,
        int failed,
        List<RowError> errors,
        List<String> header,
        List<SourceRow> rowsToFix) {
    /**
     * Validates the counts and copies the lists.
     *
     * @throws io.orgkit.core.ValidationException when the counts do not add up to the rows read
     */
    public ImportResult {
        errors = List.copyOf(errors);
        header = List.copyOf(header);
        rowsToFix = List.copyOf(rowsToFix);
        if (read != created + updated + skipped + failed) {
            throw ValidationException.of(
                    "counts",
                    "counts do not add up: read " + read + " != " + created + " + " + updated + " + " + skipped + " + "
                            + failed);
        }
    }

    /** Whether every row was valid (something may still have been skipped as unchanged). */
    public boolean ok() {
        return failed == 0;
    }

    /** Whether anything was written. */
    public boolean written() {
        return created + updated > 0;
    }

    @Override
    public String toString() {
        return "ImportResult[read=" + read + ", created=" + created + ", updated=" + updated + ", skipped=" + skipped
                + ", failed=" + failed + ", errors=" + errors.size() + "]";
    }
}
