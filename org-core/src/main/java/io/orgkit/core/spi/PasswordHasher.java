package io.orgkit.core.spi;

/** Turns account passwords into one-way hashes (bcrypt by default) and checks them. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
