package io.orgkit.core.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA256 (RFC 5869): extract a pseudorandom key from input keying material, then expand it. */
public final class Hkdf {
    private static final String HMAC = "HmacSHA256";
    private static final int HASH_BYTES = 32;

    private Hkdf() {}

    /**
     * {@code length} bytes of output keying material.
     *
     * @param salt an application-chosen salt (RFC 5869 allows an empty one; it then uses 32 zero bytes)
     * @param info what the key is for, so different uses get independent keys
     * @throws IllegalArgumentException if {@code length} is outside 1..8160 (255 blocks)
     */
    public static byte[] sha256(byte[] ikm, byte[] salt, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_BYTES) {
            throw new IllegalArgumentException("HKDF-SHA256 output must be 1..8160 bytes, was " + length);
        }
        try {
            byte[] prk = mac(salt.length == 0 ? new byte[HASH_BYTES] : salt).doFinal(ikm);
            Mac expand = mac(prk);
            byte[] out = new byte[length];
            byte[] block = new byte[0];
            for (int i = 0, done = 0; done < length; i++) {
                expand.update(block);
                expand.update(info);
                expand.update((byte) (i + 1));
                block = expand.doFinal();
                int n = Math.min(block.length, length - done);
                System.arraycopy(block, 0, out, done, n);
                done += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    private static Mac mac(byte[] key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(key, HMAC));
        return mac;
    }
}
