package io.orgkit.provider.wecom.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's callback crypto (加解密方案). {@code msg_signature} is the SHA-1 hex of the token, the timestamp, the
 * nonce and the encrypted text, sorted and joined. The text is Base64 of AES-256-CBC with the key Base64-decoded
 * from the 43-character EncodingAESKey plus "=", the IV its first 16 bytes, PKCS#7 padding to 32-byte blocks; the
 * plain text is 16 random bytes, the message length (4 bytes, big-endian), the message and the receive id (the
 * CorpID for an enterprise's own app).
 */
final class WeComCrypto {
    private static final int BLOCK = 32;
    /** The longest encrypted text accepted (Base64 characters). */
    static final int MAX_ENCRYPTED = 16 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();
    private final String token;
    private final byte[] key;

    /** A plain message and the receive id it was addressed to. */
    record Opened(String message, String receiveId) {}

    /** @throws IllegalArgumentException when the key is not 43 Base64 characters */
    WeComCrypto(String token, String encodingAesKey) {
        if (encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("the EncodingAESKey has 43 characters");
        }
        this.token = token;
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
    }

    String signature(String timestamp, String nonce, String encrypted) {
        String[] parts = {token, timestamp, nonce, encrypted};
        Arrays.sort(parts);
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    /** Compares in constant time. */
    boolean verifies(String signature, String timestamp, String nonce, String encrypted) {
        return MessageDigest.isEqual(
                signature(timestamp, nonce, encrypted).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    String encrypt(String message, String receiveId) {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] receiver = receiveId.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        int length = 16 + 4 + msg.length + receiver.length;
        int pad = BLOCK - length % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(length + pad)
                .put(random)
                .putInt(msg.length)
                .put(msg)
                .put(receiver);
        for (int i = 0; i < pad; i++) {
            plain.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, plain.array()));
    }

    /**
     * Decrypts.
     *
     * @throws IllegalArgumentException when the text is too long, not Base64, or not of this key
     */
    Opened decrypt(String encrypted) {
        if (encrypted.length() > MAX_ENCRYPTED) {
            throw new IllegalArgumentException("too long");
        }
        byte[] plain = run(Cipher.DECRYPT_MODE, Base64.getDecoder().decode(encrypted));
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || plain.length < 20 + pad) {
            throw new IllegalArgumentException("bad padding");
        }
        for (int i = plain.length - pad; i < plain.length; i++) {
            if ((plain[i] & 0xff) != pad) {
                throw new IllegalArgumentException("bad padding");
            }
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > plain.length - pad) {
            throw new IllegalArgumentException("bad length");
        }
        String message = new String(plain, 20, length, StandardCharsets.UTF_8);
        String receiver = new String(plain, 20 + length, plain.length - pad - 20 - length, StandardCharsets.UTF_8);
        return new Opened(message, receiver);
    }

    private byte[] run(int mode, byte[] input) {
        if (input.length == 0 || input.length % 16 != 0) {
            throw new IllegalArgumentException("not a whole number of AES blocks");
        }
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return aes.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("AES failed", e);
        }
    }

    @Override
    public String toString() {
        return "WeComCrypto[******]";
    }
}
