package io.orgkit.core.spi;

import io.orgkit.core.internal.Check;

/**
 * One setting a provider needs to connect an organization, e.g. DingTalk's {@code appSecret}.
 *
 * @param name     the key in {@link ProviderSettings}
 * @param label    what the platform's console calls it ("AppSecret")
 * @param secret   kept encrypted at rest and never shown
 * @param required refused when missing or blank
 */
public record CredentialField(String name, String label, boolean secret, boolean required) {
    /**
     * Validates the field.
     *
     * @throws io.orgkit.core.ValidationException when the name or label is missing
     */
    public CredentialField {
        Check.notNull(name, "name");
        Check.notNull(label, "label");
    }

    /**
     * A required setting that is not secret (stored in plain text), such as a corp id.
     *
     * @param name the setting's key
     * @param label how a form labels it
     * @return the field
     */
    public static CredentialField required(String name, String label) {
        return new CredentialField(name, label, false, true);
    }

    /**
     * A required secret setting (encrypted at rest, never shown or logged), such as an app secret.
     *
     * @param name the setting's key
     * @param label how a form labels it
     * @return the field
     */
    public static CredentialField secret(String name, String label) {
        return new CredentialField(name, label, true, true);
    }
}
