package io.orgkit.core.internal.io;

/** Formula-injection neutralisation for CSV cells, and quoting. */
final class CsvText {
    private CsvText() {
    }

    static boolean dangerous(String v) {
        if (v.isEmpty()) {
            return false;
        }
        char c = v.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Prefixes a value a spreadsheet would take for a formula with {@code '}, so it stays text. */
    static String neutralise(String v) {
        return dangerous(v) ? "'" + v : v;
    }

    /** Undoes {@link #neutralise}. */
    static String unneutralise(String v) {
        return v.length() > 1 && v.charAt(0) == '\'' && dangerous(v.substring(1)) ? v.substring(1) : v;
    }

    /** The field as written to a CSV file: neutralised, quoted when needed. */
    static String field(String v) {
        String n = neutralise(v);
        boolean quote = false;
        for (int i = 0; i < n.length() && !quote; i++) {
            char c = n.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote && (n.startsWith(" ") || n.endsWith(" "))) {
            quote = true;
        }
        return quote ? '"' + n.replace("\"", "\"\"") + '"' : n;
    }
}
