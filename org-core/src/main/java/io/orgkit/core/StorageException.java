package io.orgkit.core;

/** The store failed (connection lost, schema problem); the transaction was rolled back. */
public class StorageException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and what to do
     */
    public StorageException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what failed and what to do
     * @param cause the store's failure (an {@code SQLException}, say)
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
