package io.orgkit.core.io;

import io.orgkit.core.ValidationException;
import java.util.List;

/**
 * One row as a {@link MemberFileFormat} reads it: cell values as text (never a formula), with its row number.
 *
 * @param number       the row number as the spreadsheet shows it (1-based)
 * @param cells        the cell values from the first column on; empty cells are empty strings
 * @param formulaCells indexes (into {@code cells}) of cells that held a formula; their value is given as empty,
 *                     since formulas are neither evaluated nor imported
 */
public record SourceRow(int number, List<String> cells, List<Integer> formulaCells) {
    /**
     * Validates the row and copies its lists.
     *
     * @throws io.orgkit.core.ValidationException when the row number is below 1
     */
    public SourceRow {
        if (number < 1) {
            throw ValidationException.of("number", "row numbers start at 1, was " + number);
        }
        cells = List.copyOf(cells);
        formulaCells = List.copyOf(formulaCells);
    }

    /**
     * A row without formula cells.
     *
     * @param number the row number (1-based)
     * @param cells the cell values
     * @throws io.orgkit.core.ValidationException when the row number is below 1
     */
    public SourceRow(int number, List<String> cells) {
        this(number, cells, List.of());
    }

    /** The cell at {@code index}, empty if the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Whether every cell is blank (such rows are ignored). */
    public boolean isBlank() {
        return formulaCells.isEmpty() && cells.stream().allMatch(String::isBlank);
    }
}
