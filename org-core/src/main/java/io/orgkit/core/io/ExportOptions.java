package io.orgkit.core.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import java.util.List;

/**
 * What an export writes: which columns (default {@link MemberColumn#standard()}), whether resigned members are
 * included (default no), and the header language (default English).
 */
public record ExportOptions(List<MemberColumn> columns, boolean includeResigned, HeaderLanguage language) {
    /**
     * Validates the options and copies the columns.
     *
     * @throws io.orgkit.core.ValidationException when no column is chosen, a column is chosen twice, or the language is
     *     missing
     */
    public ExportOptions {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw ValidationException.of("columns", "choose at least one column to export");
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw ValidationException.of("columns", "each column may be chosen once: " + columns);
        }
        Check.notNull(language, "language");
    }

    /** {@return the defaults: the standard columns, active members only, English headers} */
    public static ExportOptions defaults() {
        return new ExportOptions(MemberColumn.standard(), false, HeaderLanguage.ENGLISH);
    }

    /**
     * These options with other columns.
     *
     * @param chosen the columns, in order
     * @return new options
     * @throws io.orgkit.core.ValidationException when no column is given
     */
    public ExportOptions columns(MemberColumn... chosen) {
        return new ExportOptions(List.of(chosen), includeResigned, language);
    }

    /**
     * These options with or without resigned members.
     *
     * @param on whether to include resigned members
     * @return new options
     */
    public ExportOptions includeResigned(boolean on) {
        return new ExportOptions(columns, on, language);
    }

    /**
     * These options with another header language.
     *
     * @param l the language
     * @return new options
     */
    public ExportOptions language(HeaderLanguage l) {
        return new ExportOptions(columns, includeResigned, l);
    }
}
