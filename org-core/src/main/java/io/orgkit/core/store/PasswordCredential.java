package io.orgkit.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A member's sign-in password, as a one-way hash only.
 *
 * @param hash       a bcrypt hash ({@code $2a$...}); the plain password is never stored
 * @param mustChange true until the member picks a password of their own
 */
public record PasswordCredential(String hash, boolean mustChange, Instant updatedAt) {
    public PasswordCredential {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String toString() {
        return "PasswordCredential[hash=<hidden>, mustChange=" + mustChange + ", updatedAt=" + updatedAt + "]";
    }
}
