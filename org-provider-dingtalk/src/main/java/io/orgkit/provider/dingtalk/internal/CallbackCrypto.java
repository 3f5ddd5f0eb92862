package io.orgkit.provider.dingtalk.internal;

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
 * DingTalk's callback crypto (event subscription, HTTP mode). The signature is the SHA-1 hex of the token, the
 * timestamp, the nonce and the encrypted text, sorted and joined. The text is AES-256-CBC with the key
 * Base64-decoded from the 43-character EncodingAESKey plus "=", the IV its first 16 bytes, and PKCS#7 padding to
 * 32-byte blocks; the plain text is 16 random bytes, the message length (4 bytes, big-endian), the message, and the
 * owner key (CorpID, or the AppKey for an app's event subscription).
 */
final class CallbackCrypto {
    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String token;
    private final byte[] key;

    /** A plain message and the owner key it was addressed to. */
    record Opened(String message, String ownerKey) {}

    CallbackCrypto(String token, String encodingAesKey) {
        if (encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("the callback aes key has 43 characters");
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

    boolean verifies(String signature, String timestamp, String nonce, String encrypted) {
        return MessageDigest.isEqual(
                signature(timestamp, nonce, encrypted).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    String encrypt(String message, String ownerKey) {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] owner = ownerKey.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        int length = 16 + 4 + msg.length + owner.length;
        int pad = BLOCK - length % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(length + pad)
                .put(random)
                .putInt(msg.length)
                .put(msg)
                .put(owner);
        for (int i = 0; i < pad; i++) {
            plain.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, plain.array()));
    }

    /** Decrypts; throws IllegalArgumentException when the text is not of this key. */
    Opened decrypt(String encrypted) {
        byte[] plain = run(Cipher.DECRYPT_MODE, Base64.getDecoder().decode(encrypted));
        int pad = plain.length == 0 ? 0 : plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || plain.length < 20 + pad) {
            throw new IllegalArgumentException("bad padding");
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > plain.length - pad) {
            throw new IllegalArgumentException("bad length");
        }
        String message = new String(plain, 20, length, StandardCharsets.UTF_8);
        String owner = new String(plain, 20 + length, plain.length - pad - 20 - length, StandardCharsets.UTF_8);
        return new Opened(message, owner);
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
        return "CallbackCrypto[******]";
    }
}
