package io.orgkit.core.spi;

import io.orgkit.core.internal.Check;

/**
 * A credential value (app secret, client secret). Its {@code toString()} never shows the value, so a
 * secret that reaches a log line or an exception message stays hidden; call {@link #reveal()} only where
 * the platform needs it.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = Check.notNull(value, "value");
    }

    /**
     * Wraps a secret value.
     *
     * @param value the secret
     * @return the secret, whose {@code toString()} hides the value
     */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /**
     * The secret value itself, for the one place that sends it to the platform; never log or print it.
     *
     * @return the value
     */
    public String reveal() {
        return value;
    }

    /**
     * Whether the value is empty or only white space (a blank setting removes an optional secret).
     *
     * @return true when blank
     */
    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other
                && java.security.MessageDigest.isEqual(
                        value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        other.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "******";
    }
}
