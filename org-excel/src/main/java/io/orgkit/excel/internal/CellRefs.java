package io.orgkit.excel.internal;

import java.math.BigDecimal;

/** Cell references, row numbers and stored cell values of the worksheet XML, read strictly and bounded. */
final class CellRefs {
    static final int MAX_ROW = 1_048_576;
    static final int MAX_COLUMN = 16_384;
    /** Numbers whose plain form would have more digits than this after or before the point keep their E form. */
    private static final int MAX_PLAIN_SCALE = 40;

    private CellRefs() {}

    /** The 0-based column of a reference like {@code "AB12"} (A to XFD, then 1 to 1,048,576); -1 if malformed. */
    static int column(String ref) {
        int i = 0;
        int col = 0;
        while (i < ref.length() && i < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || col > MAX_COLUMN || positive(ref.substring(i), MAX_ROW) < 1) {
            return -1;
        }
        return col - 1;
    }

    /** The value of a string of 1 to 10 plain digits (no sign, no leading zero) if at most {@code max}; else -1. */
    static int positive(String digits, int max) {
        int n = digits.length();
        if (n == 0 || n > 10 || digits.charAt(0) == '0' && n > 1) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v > max ? -1 : (int) v;
    }

    /** The text of a boolean cell. */
    static String bool(String raw) {
        return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
    }

    /**
     * A number as typed: {@code 13800138000} rather than {@code 1.3800138E10}, {@code 1} rather than {@code 1.0}.
     * An exponent too large for a plain form ({@code 1E999999999}) keeps the E form instead of growing the text.
     */
    static String number(String raw) {
        String r = raw.strip();
        if (r.isEmpty() || r.indexOf('.') < 0 && r.indexOf('E') < 0 && r.indexOf('e') < 0) {
            return r;
        }
        try {
            BigDecimal d = new BigDecimal(r).stripTrailingZeros();
            int scale = d.scale();
            return scale < -MAX_PLAIN_SCALE || scale > MAX_PLAIN_SCALE ? d.toString() : d.toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return r;
        }
    }

    /** Undoes the XML escapes of OOXML text: {@code _x000D_} is a carriage return, {@code _x005F_} an underscore. */
    static String decode(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (; at >= 0; at = text.indexOf("_x", at + 1)) {
            int code = at + 7 <= text.length() && text.charAt(at + 6) == '_' ? hex(text, at + 2) : -1;
            if (code >= 0) {
                out.append(text, from, at).append((char) code);
                from = at + 7;
                at += 6;
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static int hex(String s, int from) {
        int v = 0;
        for (int i = from; i < from + 4; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
