package io.orgkit.core.store;

import io.orgkit.core.internal.Check;
import java.time.Instant;

/**
 * A member's sign-in password, as a one-way hash only.
 *
 * @param hash       a bcrypt hash ({@code $2a$...}); the plain password is never stored
 * @param mustChange true until the member picks a password of their own
 */
public record PasswordCredential(String hash, boolean mustChange, Instant updatedAt) {
    public PasswordCredential {
        Check.notNull(hash, "hash");
        Check.notNull(updatedAt, "updatedAt");
    }

    @Override
    public String toString() {
        return "PasswordCredential[hash=<hidden>, mustChange=" + mustChange + ", updatedAt=" + updatedAt + "]";
    }
}
