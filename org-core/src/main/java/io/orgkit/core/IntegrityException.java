package io.orgkit.core;

/**
 * Stored data failed its integrity check: a provider secret or a sealed setting (a {@code baseUrl}, say) was
 * altered outside OrgKit, copied from another organization or field, or cannot be opened with the configured
 * secret keys. Nothing was sent to the platform. The message names the organization and the field, never a value.
 */
public class IntegrityException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message names the organization and the field, never a value
     */
    public IntegrityException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message names the organization and the field, never a value
     * @param cause the cryptographic failure
     */
    public IntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
