package io.orgkit.provider.support;

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
 * The callback crypto that DingTalk (event subscription, HTTP mode) and WeCom (加解密方案) share. The signature
 * ({@code msg_signature}) is the SHA-1 hex of the token, the timestamp, the nonce and the encrypted text, sorted and
 * joined. The encrypted text is Base64 of AES-256-CBC with the key Base64-decoded from the 43-character
 * EncodingAESKey plus "=", the IV its first 16 bytes, and PKCS#7 padding to 32-byte blocks; the plain text is 16
 * random bytes, the message length (4 bytes, big-endian), the message, and the receive id (WeCom: the CorpID;
 * DingTalk: the CorpID, or the AppKey for an app's event subscription).
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} shows neither the token nor the key.
 */
public final class CallbackCipher {
    /** The longest encrypted text WeCom's callbacks accept, in Base64 characters (16 KiB). */
    public static final int DEFAULT_MAX_ENCRYPTED = 16 * 1024;

    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String token;
    private final byte[] key;
    private final int maxEncrypted;

    /**
     * A decrypted callback message.
     *
     * @param message the plain message
     * @param receiveId the receive id (CorpID or AppKey) the message was addressed to
     */
    public record Opened(String message, String receiveId) {}

    /**
     * A cipher for one token and EncodingAESKey.
     *
     * @param token the callback token
     * @param encodingAesKey the 43-character EncodingAESKey
     * @param maxEncrypted the longest encrypted text {@link #decrypt} accepts, in characters (for example
     *     {@link #DEFAULT_MAX_ENCRYPTED})
     * @throws IllegalArgumentException when the key is not 43 Base64 characters or {@code maxEncrypted} is not
     *     positive
     */
    public CallbackCipher(String token, String encodingAesKey, int maxEncrypted) {
        if (encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("the EncodingAESKey has 43 characters");
        }
        if (maxEncrypted < 1) {
            throw new IllegalArgumentException("maxEncrypted must be positive");
        }
        this.token = token;
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
        this.maxEncrypted = maxEncrypted;
    }

    /**
     * The signature of an encrypted text: SHA-1 hex of the token, timestamp, nonce and text, sorted and joined.
     *
     * @param timestamp the timestamp as sent
     * @param nonce the nonce as sent
     * @param encrypted the encrypted text
     * @return 40 lower-case hex digits
     */
    public String signature(String timestamp, String nonce, String encrypted) {
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

    /**
     * Whether a signature is the one of this text; compares in constant time.
     *
     * @param signature the signature received
     * @param timestamp the timestamp as sent
     * @param nonce the nonce as sent
     * @param encrypted the encrypted text
     * @return true when the signature matches
     */
    public boolean verifies(String signature, String timestamp, String nonce, String encrypted) {
        return MessageDigest.isEqual(
                signature(timestamp, nonce, encrypted).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Encrypts a message for a receive id, with 16 fresh random bytes in front.
     *
     * @param message the plain message
     * @param receiveId the receive id (CorpID or AppKey)
     * @return the Base64 encrypted text
     */
    public String encrypt(String message, String receiveId) {
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
     * Decrypts an encrypted text.
     *
     * @param encrypted the Base64 encrypted text
     * @return the message and its receive id
     * @throws IllegalArgumentException when the text is longer than the bound, not Base64, or not of this key
     */
    public Opened decrypt(String encrypted) {
        if (encrypted.length() > maxEncrypted) {
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

    /** Shows neither the token nor the key. */
    @Override
    public String toString() {
        return "CallbackCipher[******]";
    }
}
