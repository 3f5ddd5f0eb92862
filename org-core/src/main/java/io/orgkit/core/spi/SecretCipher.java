package io.orgkit.core.spi;

import io.orgkit.core.OrgKitException;
import java.nio.charset.StandardCharsets;

/**
 * Encrypts provider secrets before they are stored. The default is AES-256-GCM with keys derived (HKDF-SHA256)
 * from the key the host supplies ({@code OrganizationService.builder().secretKey(...)}).
 *
 * <p>Core seals every value with a <em>context</em> naming the organization and the field it belongs to; a value
 * opened with another context (copied into another organization or field) must be refused. The default methods
 * give any authenticated cipher that binding by sealing the context together with the value; the built-in cipher
 * passes the context as AES-GCM associated data instead.
 */
public interface SecretCipher {

    /** Encrypts; the result is text safe to store. */
    String encrypt(String plaintext);

    /**
     * Decrypts what {@link #encrypt} produced.
     *
     * @throws OrgKitException when the key is wrong or the text was altered
     */
    String decrypt(String ciphertext);

    /** Encrypts {@code plaintext} bound to {@code context}: only {@link #decrypt(String, String)} with it opens it. */
    default String encrypt(String plaintext, String context) {
        return encrypt(context.getBytes(StandardCharsets.UTF_8).length + ":" + context + plaintext);
    }

    /**
     * Decrypts what {@link #encrypt(String, String)} produced with the same {@code context}.
     *
     * @throws OrgKitException when the key is wrong, the text was altered, or it was sealed with another context
     */
    default String decrypt(String ciphertext, String context) {
        String opened = decrypt(ciphertext);
        String prefix = context.getBytes(StandardCharsets.UTF_8).length + ":" + context;
        if (!opened.startsWith(prefix)) {
            throw new OrgKitException("a stored secret belongs to another organization or field than the one it was"
                    + " read for; it was copied or altered outside OrgKit, so it is refused");
        }
        return opened.substring(prefix.length());
    }

    /**
     * The id of the key new values are sealed with, stored with the data so keys can be rotated; "" when the cipher
     * does not tell.
     */
    default String currentKeyId() {
        return "";
    }
}
