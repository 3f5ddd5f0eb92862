package io.orgkit.core.internal;

import java.util.UUID;

/** Id helpers shared by the typed ids. */
public final class Ids {
    public static final int MAX_LENGTH = 64;

    private Ids() {
    }

    public static String random() {
        return UUID.randomUUID().toString();
    }

    public static void check(String value, String kind) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(kind + " is longer than " + MAX_LENGTH + " characters");
        }
        if (value.indexOf('/') >= 0) {
            throw new IllegalArgumentException(kind + " must not contain '/'");
        }
    }
}
