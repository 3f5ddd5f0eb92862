package io.orgkit.store.jdbc.internal;

/** LIKE patterns that match their text literally (escape character {@code !}). */
final class Like {
    private Like() {}

    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static String prefix(String text) {
        return escape(text) + "%";
    }

    static String contains(String text) {
        return "%" + escape(text) + "%";
    }
}
