package io.orgkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The one unchecked base exception of OrgKit. Every message says what was wrong and what to do.
 * A call that throws it has changed nothing.
 */
public class OrgKitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what to do next
     */
    public OrgKitException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what was wrong and what to do next
     * @param cause the underlying failure, or null
     */
    public OrgKitException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
