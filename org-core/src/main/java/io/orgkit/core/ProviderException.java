package io.orgkit.core;

/**
 * A platform (DingTalk, WeCom, Microsoft) refused or failed a call. Messages name the missing permission
 * or the wrong credential field, never a secret.
 */
public class ProviderException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    private final String providerType;
    private final String code;

    /**
     * Creates the exception.
     *
     * @param providerType the organization type of the provider, e.g. {@code dingtalk}
     * @param code the platform's error code as text, or a short OrgKit code
     * @param message what failed and what to do (the missing permission, the wrong field); never a secret
     */
    public ProviderException(String providerType, String code, String message) {
        super(message);
        this.providerType = providerType;
        this.code = code;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param providerType the organization type of the provider, e.g. {@code dingtalk}
     * @param code the platform's error code as text, or a short OrgKit code
     * @param message what failed and what to do (the missing permission, the wrong field); never a secret
     * @param cause the underlying failure (an I/O error, say)
     */
    public ProviderException(String providerType, String code, String message, Throwable cause) {
        super(message, cause);
        this.providerType = providerType;
        this.code = code;
    }

    /** The organization type of the provider, e.g. {@code dingtalk}. */
    public String providerType() {
        return providerType;
    }

    /** The platform's error code as text ("60011", "invalid_client"), or a short OrgKit code. */
    public String code() {
        return code;
    }
}
