package io.orgkit.core.accounts;

import io.orgkit.core.ValidationException;
import at.favre.lib.crypto.bcrypt.BCrypt;
import io.orgkit.core.spi.PasswordHasher;

/** The default {@link io.orgkit.core.spi.PasswordHasher}: bcrypt (cost 12 unless given) with a random salt per password. */
public final class BcryptPasswordHasher implements PasswordHasher {
    private final int cost;

    public BcryptPasswordHasher() {
        this(12);
    }

    public BcryptPasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw ValidationException.of("cost", "bcrypt cost must be 4..31, was " + cost);
        }
        this.cost = cost;
    }

    @Override
    public String hash(char[] password) {
        return BCrypt.withDefaults().hashToString(cost, password);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return BCrypt.verifyer().verify(password, hash).verified;
    }
}
