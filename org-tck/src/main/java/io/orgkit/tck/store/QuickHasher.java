package io.orgkit.tck.store;

import io.orgkit.core.spi.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A fast password hasher for tests that create many organizations (bcrypt's cost is beside their point). */
final class QuickHasher implements PasswordHasher {
    @Override
    public String hash(char[] password) {
        try {
            byte[] bytes = new String(password).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return hash(password).equals(hash);
    }
}
