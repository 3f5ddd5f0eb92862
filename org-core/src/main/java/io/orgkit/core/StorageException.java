package io.orgkit.core;

/** The store failed (connection lost, schema problem); the transaction was rolled back. */
public class StorageException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
