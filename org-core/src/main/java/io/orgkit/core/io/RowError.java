package io.orgkit.core.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * Why one row of an import file was refused.
 *
 * @param row     the row number as the spreadsheet shows it (the header is usually row 1)
 * @param column  the column's header as written in the file, null when the row as a whole is at fault
 * @param message what is wrong and how to fix it
 */
public record RowError(int row, @Nullable String column, String message) {
    /**
     * Validates the error.
     *
     * @throws io.orgkit.core.ValidationException when the row number is below 1 or the message missing
     */
    public RowError {
        if (row < 1) {
            throw ValidationException.of("row", "row numbers start at 1, was " + row);
        }
        Check.notNull(message, "message");
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", " + column) + ": " + message;
    }
}
