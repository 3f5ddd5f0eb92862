package io.orgkit.core.internal.io;

/**
 * Formula-injection neutralisation for CSV cells, and quoting. The one rule, both ways: a value that starts with
 * {@code = + - @}, tab or CR after any number of {@code '} (none included) is written with one more {@code '} in
 * front, so no spreadsheet runs it as a formula; on import, a value that starts with one or more {@code '}
 * followed by one of those characters loses exactly one {@code '}. So {@code =x} is written {@code '=x} and
 * {@code '=x} is written {@code ''=x}, and both come back unchanged; {@code 'abc} is written and read as is.
 */
final class CsvText {
    private CsvText() {}

    /** Whether the value, after its leading quotes, starts with a character that begins a formula. */
    private static boolean formulaAfterQuotes(String v, int from) {
        int i = from;
        while (i < v.length() && v.charAt(i) == '\'') {
            i++;
        }
        if (i == v.length()) {
            return false;
        }
        char c = v.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Prefixes {@code '} to a value a spreadsheet would take for a formula (or that already starts so). */
    static String neutralise(String v) {
        return formulaAfterQuotes(v, 0) ? "'" + v : v;
    }

    /** Undoes {@link #neutralise}: removes one leading {@code '} where the export added one. */
    static String unneutralise(String v) {
        return !v.isEmpty() && v.charAt(0) == '\'' && formulaAfterQuotes(v, 1) ? v.substring(1) : v;
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
