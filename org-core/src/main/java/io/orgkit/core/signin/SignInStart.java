package io.orgkit.core.signin;

import io.orgkit.core.internal.Check;
import java.net.URI;
import java.time.Instant;

/**
 * A started sign-in.
 *
 * @param authorizeUrl where to send the browser (or what to show as a QR code)
 * @param state        the single-use value the platform hands back with the code; bound to the organization
 * @param expiresAt    when the state stops being accepted
 */
public record SignInStart(URI authorizeUrl, String state, Instant expiresAt) {
    /**
     * Validates the start.
     *
     * @throws io.orgkit.core.ValidationException when a component is missing
     */
    public SignInStart {
        Check.notNull(authorizeUrl, "authorizeUrl");
        Check.notNull(state, "state");
        Check.notNull(expiresAt, "expiresAt");
    }
}
