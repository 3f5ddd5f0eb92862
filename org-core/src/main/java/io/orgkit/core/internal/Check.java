package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import org.jspecify.annotations.Nullable;

/** Argument checks of the public values and ids: a bad argument is a {@link ValidationException} naming it. */
public final class Check {
    private Check() {}

    /**
     * {@code value}, or a refusal naming {@code field} when it is null.
     *
     * @throws ValidationException when {@code value} is null
     */
    public static <T> T notNull(@Nullable T value, String field) {
        if (value == null) {
            throw ValidationException.of(field, "is required (was null)");
        }
        return value;
    }
}
