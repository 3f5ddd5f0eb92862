package io.orgkit.core.spi;

/** Turns account passwords into one-way hashes (bcrypt by default) and checks them. */
public interface PasswordHasher {

    /**
     * Hashes a password for storage (a salted, slow hash such as bcrypt).
     *
     * @param password the password; the caller clears the array afterwards
     * @return the hash, in a form {@link #matches} understands
     */
    String hash(char[] password);

    /**
     * Whether {@code password} is the one {@code hash} was made from.
     *
     * @param password the password to check
     * @param hash a hash {@link #hash} returned
     * @return true when they match
     */
    boolean matches(char[] password, String hash);
}
