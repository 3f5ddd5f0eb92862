package io.orgkit.core.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import java.util.List;

/**
 * What an import template contains; core builds it, a {@link MemberFileFormat} lays it out.
 *
 * @param columns         the columns in order, each with its header and note
 * @param example         the example row, one value per column
 * @param departmentPaths every department path of the organization, offered as a dropdown where the format can
 * @param departmentColumn index of the department column in {@code columns}, -1 if there is none
 */
public record TemplateSpec(
        List<Column> columns, List<String> example, List<String> departmentPaths, int departmentColumn) {

    /** One column: its header (required ones end with {@code " *"}), whether it is required, and its note. */
    public record Column(String header, boolean required, String note) {
        /**
         * Validates the column.
         *
         * @throws io.orgkit.core.ValidationException when the header or note is missing
         */
        public Column {
            Check.notNull(header, "header");
            Check.notNull(note, "note");
        }
    }

    /**
     * Validates the template and copies its lists.
     *
     * @throws io.orgkit.core.ValidationException when the example row does not have one value per column
     */
    public TemplateSpec {
        columns = List.copyOf(columns);
        example = List.copyOf(example);
        departmentPaths = List.copyOf(departmentPaths);
        if (example.size() != columns.size()) {
            throw ValidationException.of("exampleRow", "the example row needs one value per column");
        }
    }

    /** {@return the column headers, in order} */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
