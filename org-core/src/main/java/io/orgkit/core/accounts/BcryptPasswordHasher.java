package io.orgkit.core.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.orgkit.core.ValidationException;
import io.orgkit.core.spi.PasswordHasher;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The default {@link io.orgkit.core.spi.PasswordHasher}: bcrypt (cost 12 unless given) with a random salt per
 * password. bcrypt reads at most {@value Accounts#MAX_PASSWORD_BYTES} bytes: a longer password is refused when
 * hashed and never matches.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    private final int cost;

    /** A hasher with cost 12. */
    public BcryptPasswordHasher() {
        this(12);
    }

    /**
     * @throws IllegalArgumentException if {@code cost} is outside 4..31
     */
    public BcryptPasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw ValidationException.of("cost", "bcrypt cost must be 4..31, was " + cost);
        }
        this.cost = cost;
    }

    /**
     * @throws ValidationException (field {@code password}) if the password is over {@value Accounts#MAX_PASSWORD_BYTES}
     *         UTF-8 bytes or not valid text
     */
    @Override
    public String hash(char[] password) {
        if (utf8Length(password) > Accounts.MAX_PASSWORD_BYTES) {
            throw ValidationException.of(
                    "password",
                    "must be at most " + Accounts.MAX_PASSWORD_BYTES + " bytes in UTF-8 (the bcrypt limit)");
        }
        return BCrypt.withDefaults().hashToString(cost, password);
    }

    /** False for a password over the limit (it cannot be one that was hashed) or a hash this hasher did not make. */
    @Override
    public boolean matches(char[] password, String hash) {
        if (utf8Length(password) > Accounts.MAX_PASSWORD_BYTES) {
            return false;
        }
        try {
            return BCrypt.verifyer().verify(password, hash).verified;
        } catch (IllegalArgumentException notBcrypt) {
            return false;
        }
    }

    /**
     * The password's length in UTF-8 bytes; {@link Integer#MAX_VALUE} for text that is not valid (a lone surrogate).
     */
    public static int utf8Length(char[] password) {
        try {
            java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(password));
            int length = bytes.remaining();
            if (bytes.hasArray()) {
                java.util.Arrays.fill(bytes.array(), (byte) 0);
            }
            return length;
        } catch (CharacterCodingException e) {
            return Integer.MAX_VALUE;
        }
    }
}
