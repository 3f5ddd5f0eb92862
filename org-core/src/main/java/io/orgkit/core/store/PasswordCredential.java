package io.orgkit.core.store;

import io.orgkit.core.internal.Check;
import java.time.Instant;

/**
 * A member's sign-in password, as a one-way hash only.
 *
 * <p>A credential is <em>disabled</em> when its member resigns: the hash is kept with a leading {@code !} (the
 * convention of Unix shadow files), which no bcrypt hash starts with, so it can never match; stores keep the hash
 * text as given. Only an administrator's {@code Accounts.setPassword/resetPassword} enables the account again.
 *
 * @param hash       a bcrypt hash ({@code $2a$...}), or {@code !} + one when disabled; the plain password is
 *                   never stored
 * @param mustChange true until the member picks a password of their own
 */
public record PasswordCredential(String hash, boolean mustChange, Instant updatedAt) {
    private static final String DISABLED = "!";

    /**
     * Validates the credential.
     *
     * @throws io.orgkit.core.ValidationException when the hash or time is missing
     */
    public PasswordCredential {
        Check.notNull(hash, "hash");
        Check.notNull(updatedAt, "updatedAt");
    }

    /** Whether the credential was disabled (its member resigned); a disabled credential never signs in. */
    public boolean disabled() {
        return hash.startsWith(DISABLED);
    }

    /** This credential disabled as of {@code at}; itself when already disabled. */
    public PasswordCredential disable(Instant at) {
        return disabled() ? this : new PasswordCredential(DISABLED + hash, mustChange, at);
    }

    @Override
    public String toString() {
        return "PasswordCredential[hash=<hidden>, mustChange=" + mustChange + ", disabled=" + disabled()
                + ", updatedAt=" + updatedAt + "]";
    }
}
