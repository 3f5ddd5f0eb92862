package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.accounts.Accounts;
import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.accounts.InitialPassword;
import io.orgkit.core.spi.Secret;
import java.security.SecureRandom;

/** The one owner of the password rules, and of initial passwords (fixed or generated one-time ones). */
public final class PasswordRules {
    /** No look-alike characters (0/O, 1/l/I), so a one-time password can be read out over the phone. */
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int GENERATED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {}

    /** Refuses a new password under 8 characters (code points) or over 72 UTF-8 bytes, naming {@code field}. */
    public static void check(String field, char[] password) {
        if (Character.codePointCount(password, 0, password.length) < Accounts.MIN_PASSWORD_CHARACTERS) {
            throw ValidationException.of(field, "must be at least " + Accounts.MIN_PASSWORD_CHARACTERS + " characters");
        }
        int bytes = BcryptPasswordHasher.utf8Length(password);
        if (bytes == Integer.MAX_VALUE) {
            throw ValidationException.of(field, "contains a broken character (a lone UTF-16 surrogate); type it again");
        }
        if (bytes > Accounts.MAX_PASSWORD_BYTES) {
            throw ValidationException.of(
                    field,
                    "must be at most " + Accounts.MAX_PASSWORD_BYTES
                            + " bytes in UTF-8 (the bcrypt limit; a Chinese character takes 3 bytes), was " + bytes
                            + " bytes");
        }
    }

    /** The next initial password under {@code policy}: its fixed value, or a fresh one-time password. */
    static Secret initial(InitialPassword policy) {
        if (!policy.isGenerated()) {
            return Secret.of(policy.fixedValue());
        }
        char[] out = new char[GENERATED_LENGTH];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return Secret.of(new String(out));
    }
}
