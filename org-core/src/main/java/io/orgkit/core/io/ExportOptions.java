package io.orgkit.core.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import java.util.List;

/**
 * What an export writes: which columns (default {@link MemberColumn#standard()}), whether resigned members are
 * included (default no), and the header language (default English).
 */
public record ExportOptions(List<MemberColumn> columns, boolean includeResigned, HeaderLanguage language) {
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

    public static ExportOptions defaults() {
        return new ExportOptions(MemberColumn.standard(), false, HeaderLanguage.ENGLISH);
    }

    public ExportOptions columns(MemberColumn... chosen) {
        return new ExportOptions(List.of(chosen), includeResigned, language);
    }

    public ExportOptions includeResigned(boolean on) {
        return new ExportOptions(columns, on, language);
    }

    public ExportOptions language(HeaderLanguage l) {
        return new ExportOptions(columns, includeResigned, l);
    }
}
