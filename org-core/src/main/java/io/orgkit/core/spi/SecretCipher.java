package io.orgkit.core.spi;

/**
 * Encrypts provider secrets before they are stored. The default is AES-GCM with a key the host supplies
 * ({@code OrganizationService.builder().secretKey(...)}).
 */
public interface SecretCipher {

    /** Encrypts; the result is text safe to store. */
    String encrypt(String plaintext);

    /** Decrypts what {@link #encrypt} produced; a wrong key or tampered text is refused. */
    String decrypt(String ciphertext);
}
