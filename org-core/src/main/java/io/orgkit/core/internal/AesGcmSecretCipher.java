package io.orgkit.core.internal;

import io.orgkit.core.OrgKitException;
import io.orgkit.core.spi.SecretCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jspecify.annotations.Nullable;

/**
 * AES-256-GCM with a random 96-bit nonce per value and the caller's context (organization and field) as associated
 * data. Stored text: {@code v2:<key id>:} + base64(nonce | ciphertext | tag). Keys are derived from the host's
 * secret key with HKDF-SHA256; the key id (also derived, it tells nothing about the key) says which key sealed a
 * value, so old keys can stay configured for reading while everything is re-sealed with the new one.
 *
 * <p>Values of OrgKit 0.1 ({@code v1:}, key = SHA-256 of the secret key, no associated data) are still read.
 */
public final class AesGcmSecretCipher implements SecretCipher {
    private static final String LEGACY = "v1:";
    private static final String PREFIX = "v2:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String AAD_PREFIX = "orgkit/secret/v2\n";

    private final DerivedKey current;
    private final Map<String, DerivedKey> keys = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    private AesGcmSecretCipher(DerivedKey current, List<DerivedKey> previous) {
        this.current = current;
        keys.put(current.id(), current);
        previous.forEach(k -> keys.putIfAbsent(k.id(), k));
    }

    /**
     * A cipher sealing with {@code secretKey}.
     *
     * @throws IllegalArgumentException if the key is shorter than 16 characters
     */
    public static AesGcmSecretCipher fromPassphrase(String secretKey) {
        return withPreviousKeys(secretKey, List.of());
    }

    /**
     * A cipher sealing with {@code secretKey} that also opens values sealed with any of {@code previousKeys}
     * (during a key rotation).
     *
     * @throws IllegalArgumentException if a key is shorter than 16 characters
     */
    public static AesGcmSecretCipher withPreviousKeys(String secretKey, List<String> previousKeys) {
        List<DerivedKey> previous = new ArrayList<>();
        previousKeys.forEach(k -> previous.add(DerivedKey.from(k)));
        return new AesGcmSecretCipher(DerivedKey.from(secretKey), previous);
    }

    @Override
    public String currentKeyId() {
        return current.id();
    }

    @Override
    public String encrypt(String plaintext) {
        return encrypt(plaintext, "");
    }

    @Override
    public String decrypt(String ciphertext) {
        if (ciphertext.startsWith(LEGACY)) {
            return decryptLegacy(ciphertext);
        }
        return decrypt(ciphertext, "");
    }

    @Override
    public String encrypt(String plaintext, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, current.aes(), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad(context));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + current.id() + ":"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + ct.length)
                                    .put(nonce)
                                    .put(ct)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new OrgKitException(
                    "could not encrypt a provider secret (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String decrypt(String ciphertext, String context) {
        if (ciphertext.startsWith(LEGACY)) {
            throw new OrgKitException("a stored secret is in the old unbound format where a bound one is required;"
                    + " it was copied or altered outside OrgKit, so it is refused");
        }
        int colon = ciphertext.indexOf(':', PREFIX.length());
        if (!ciphertext.startsWith(PREFIX) || colon < 0) {
            throw new OrgKitException("stored provider secrets are not in a format this OrgKit version reads");
        }
        String keyId = ciphertext.substring(PREFIX.length(), colon);
        DerivedKey key = keys.get(keyId);
        if (key == null) {
            String shown = keyId.length() > 24 ? keyId.substring(0, 24) + "..." : keyId;
            throw new OrgKitException("a stored secret was sealed with key id '" + shown + "', which is not"
                    + " configured (current key id '" + current.id() + "'); add the key it was sealed with to"
                    + " OrganizationService.builder().previousSecretKeys(...)");
        }
        return open(key.aes(), ciphertext.substring(colon + 1), aad(context));
    }

    private String decryptLegacy(String ciphertext) {
        for (DerivedKey key : keys.values()) {
            try {
                return open(key.legacy(), ciphertext.substring(LEGACY.length()), null);
            } catch (OrgKitException tryNext) {
                // another configured key may have sealed it
            }
        }
        throw new OrgKitException("could not decrypt stored provider secrets: none of the configured secret keys is"
                + " the one they were stored with, or the data was altered; configure the original key");
    }

    private static String open(SecretKey key, String base64, byte @Nullable [] aad) {
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            if (aad != null) {
                c.updateAAD(aad);
            }
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new OrgKitException("could not decrypt a stored provider secret: the data was altered, or copied"
                    + " from another organization or field, or the secret key differs from the one it was stored with");
        }
    }

    private static byte[] aad(String context) {
        return (AAD_PREFIX + context).getBytes(StandardCharsets.UTF_8);
    }
}
