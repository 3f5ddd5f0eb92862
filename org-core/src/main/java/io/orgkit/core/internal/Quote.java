package io.orgkit.core.internal;

/**
 * A value as messages quote it: in single quotes, cut to {@value #MAX} characters (with its length said) so an
 * error never copies a long cell, header or name whole into a message, a log or an error report.
 */
public final class Quote {
    public static final int MAX = 50;

    private Quote() {}

    /** {@code 'value'}, or {@code 'first 50 characters…' (N characters)} when longer. */
    public static String of(String value) {
        return "'" + cut(value) + "'" + (value.length() > MAX ? " (" + value.length() + " characters)" : "");
    }

    /** The value cut to {@value #MAX} characters, an ellipsis marking the cut (a surrogate pair is kept whole). */
    public static String cut(String value) {
        if (value.length() <= MAX) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX - 1)) ? MAX - 1 : MAX;
        return value.substring(0, end) + "…";
    }
}
