package io.orgkit.core.signin;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A started sign-in.
 *
 * @param authorizeUrl where to send the browser (or what to show as a QR code)
 * @param state        the single-use value the platform hands back with the code; bound to the organization
 * @param expiresAt    when the state stops being accepted
 */
public record SignInStart(URI authorizeUrl, String state, Instant expiresAt) {
    public SignInStart {
        Objects.requireNonNull(authorizeUrl, "authorizeUrl");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
