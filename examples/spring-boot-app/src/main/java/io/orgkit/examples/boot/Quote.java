package io.orgkit.examples.boot;

/** A value quoted in a message: at most 50 characters of it. */
final class Quote {
    static final int MAX = 50;

    private Quote() {}

    static String of(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= MAX ? value : value.substring(0, MAX) + "...";
    }
}
