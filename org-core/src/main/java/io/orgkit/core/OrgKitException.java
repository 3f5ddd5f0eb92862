package io.orgkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The one unchecked base exception of OrgKit. Every message says what was wrong and what to do.
 * A call that throws it has changed nothing.
 */
public class OrgKitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OrgKitException(String message) {
        super(message);
    }

    public OrgKitException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
