package io.orgkit.excel.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * A cell's value as a user sees it, from its stored form: shared texts by index, inline texts, booleans, numbers
 * as typed ({@link CellRefs#number}) and date-formatted numbers as ISO dates ({@code 2024-02-02}; with the time,
 * {@code 2024-02-02 10:30}, when the serial has one; a time alone as {@code 10:30}).
 */
final class CellValues {
    /** Serial number of 9999-12-31, the last date Excel shows. */
    private static final double LAST_DATE = 2_958_465;

    private final SharedTexts strings;
    private final DateStyles styles;
    private final boolean date1904;

    CellValues(SharedTexts strings, DateStyles styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** The text of a cell of type {@code t} and style {@code s} whose stored value is {@code raw}. */
    String value(@Nullable String t, @Nullable String s, String raw, int row) {
        String type = t == null ? "n" : t;
        return switch (type) {
            case "s" -> raw.isBlank() ? "" : strings.get(raw, row);
            case "inlineStr" -> CellRefs.decode(raw);
            case "b" -> CellRefs.bool(raw);
            case "n" -> styles.isDate(s) ? date(raw) : CellRefs.number(raw);
            default -> raw;
        };
    }

    private String date(String raw) {
        double serial;
        try {
            serial = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            return CellRefs.number(raw);
        }
        if (!(serial >= 0 && serial <= LAST_DATE)) {
            return CellRefs.number(raw);
        }
        LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904, true);
        LocalTime time = at.toLocalTime();
        if (serial < 1 && !time.equals(LocalTime.MIDNIGHT)) {
            return time.toString();
        }
        return time.equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toLocalDate() + " " + time;
    }
}
