package io.orgkit.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys derived from one configured secret key: the AES-256 key (HKDF-SHA256, RFC 5869), its public id (also
 * HKDF, so it reveals nothing about the key), and the SHA-256 key OrgKit 0.1 used, to read old values.
 */
record DerivedKey(String id, SecretKey aes, SecretKey legacy) {
    static final int MIN_SECRET_KEY = 16;
    private static final byte[] SALT = "io.orgkit secret key v2".getBytes(StandardCharsets.UTF_8);

    static DerivedKey from(String secretKey) {
        if (secretKey.length() < MIN_SECRET_KEY) {
            throw new IllegalArgumentException("the OrgKit secret key must be at least " + MIN_SECRET_KEY
                    + " characters; generate one with e.g. 'openssl rand -base64 32'");
        }
        byte[] ikm = secretKey.getBytes(StandardCharsets.UTF_8);
        byte[] aes = Hkdf.sha256(ikm, SALT, info("aes-256-gcm"), 32);
        String id = HexFormat.of().formatHex(Hkdf.sha256(ikm, SALT, info("key-id"), 6));
        try {
            byte[] legacy = MessageDigest.getInstance("SHA-256").digest(ikm);
            return new DerivedKey(id, new SecretKeySpec(aes, "AES"), new SecretKeySpec(legacy, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static byte[] info(String use) {
        return ("io.orgkit/" + use).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "DerivedKey[id=" + id + "]";
    }
}
