package io.orgkit.excel.internal;

import java.math.BigDecimal;
import org.apache.poi.xssf.model.SharedStrings;

/** Cell references and stored cell values of the worksheet XML. */
final class CellRefs {
    private CellRefs() {
    }

    /** The 0-based column of a reference like {@code "AB12"}. */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    /** The text of a cell of type {@code t} whose stored value is {@code raw}. */
    static String value(String t, String raw, SharedStrings strings) {
        return switch (t) {
            case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            case "n" -> number(raw);
            default -> raw;
        };
    }

    /** A number as typed: {@code 13800138000} rather than {@code 1.3800138E10}, {@code 1} rather than {@code 1.0}. */
    static String number(String raw) {
        String r = raw.strip();
        if (r.isEmpty() || r.indexOf('.') < 0 && r.indexOf('E') < 0 && r.indexOf('e') < 0) {
            return r;
        }
        try {
            return new BigDecimal(r).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return r;
        }
    }
}
