package io.orgkit.core.spi;

import io.orgkit.core.internal.Check;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * One started sign-in as core hands it to a {@link LoginProvider}: the redirect URI and the single-use
 * {@code state} it was started with, and a {@code nonce} and PKCE {@code codeVerifier} (RFC 7636) that core
 * generated for it (32 random bytes each, Base64url without padding: 43 characters) and kept with the stored state.
 * The same values come back at {@link LoginProvider#exchange(String, LoginRequest)}, taken from the store by the
 * state the platform sent back, so any instance can complete the sign-in. Providers that need neither (DingTalk)
 * ignore them. {@code toString()} never shows the verifier.
 *
 * @param redirectUri  where the platform sends the browser back; also sent with the code exchange
 * @param state        the single-use state bound to the organization
 * @param nonce        a value to put in the authorize request and find again in the signed id token
 * @param codeVerifier the PKCE secret; send {@link #codeChallenge()} with the authorize request and the verifier
 *                     itself with the code exchange
 */
public record LoginRequest(URI redirectUri, String state, String nonce, String codeVerifier) {

    /**
     * Checks that every value is present.
     *
     * @throws io.orgkit.core.ValidationException if a value is null
     */
    public LoginRequest {
        Check.notNull(redirectUri, "redirectUri");
        Check.notNull(state, "state");
        Check.notNull(nonce, "nonce");
        Check.notNull(codeVerifier, "codeVerifier");
    }

    /** The PKCE {@code S256} code challenge: Base64url (no padding) of the SHA-256 of the verifier's ASCII bytes. */
    public String codeChallenge() {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "LoginRequest[redirectUri=" + redirectUri + ", nonce=" + nonce + ", state=***, codeVerifier=***]";
    }
}
