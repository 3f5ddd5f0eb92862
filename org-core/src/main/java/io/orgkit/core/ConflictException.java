package io.orgkit.core;

/** The call clashes with what is stored: a duplicate key, a cycle, a non-empty department, a sync already running. */
public class ConflictException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
