package io.orgkit.core.internal;

import io.orgkit.core.OrgKitException;
import io.orgkit.core.spi.SecretCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value; the stored text is {@code v1:} + base64(nonce | ciphertext | tag).
 * The key is derived from the host's passphrase with SHA-256 (the passphrase should come from a secret store).
 */
public final class AesGcmSecretCipher implements SecretCipher {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MIN_PASSPHRASE = 16;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private AesGcmSecretCipher(SecretKey key) {
        this.key = key;
    }

    public static AesGcmSecretCipher fromPassphrase(String passphrase) {
        if (passphrase.length() < MIN_PASSPHRASE) {
            throw new IllegalArgumentException("the OrgKit secret key must be at least " + MIN_PASSPHRASE
                    + " characters; generate one with e.g. 'openssl rand -base64 32'");
        }
        try {
            byte[] k = MessageDigest.getInstance("SHA-256").digest(passphrase.getBytes(StandardCharsets.UTF_8));
            return new AesGcmSecretCipher(new SecretKeySpec(k, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public String encrypt(String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + ct.length)
                    .put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new OrgKitException("could not encrypt a provider secret (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String decrypt(String ciphertext) {
        if (!ciphertext.startsWith(PREFIX)) {
            throw new OrgKitException("stored provider secrets are not in a format this OrgKit version reads");
        }
        try {
            byte[] all = Base64.getDecoder().decode(ciphertext.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new OrgKitException("could not decrypt stored provider secrets: the secret key differs from the one"
                    + " they were stored with, or the data was altered; configure the original key");
        }
    }
}
