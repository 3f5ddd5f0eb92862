package io.orgkit.core.signin;

import io.orgkit.core.members.Member;
import java.net.URI;

/**
 * Members signing in with the organization's platform ({@code org.signIn()}), OAuth 2.0 style. The organization's
 * stored, encrypted settings are used; the host never handles the app secret.
 * <pre>{@code
 * SignInStart start = org.signIn().start(URI.create("https://app.example/signin/callback"));
 * // redirect the browser to start.authorizeUrl(); the platform comes back with ?code=...&state=...
 * Member me = org.signIn().complete(code, state);
 * }</pre>
 */
public interface SignIn {

    /** How long a started sign-in stays valid. */
    java.time.Duration STATE_TTL = java.time.Duration.ofMinutes(10);

    /**
     * Starts a sign-in: a fresh single-use state (kept in the store, so any instance can complete it) and the
     * platform's authorize URL carrying it.
     *
     * @throws io.orgkit.core.ValidationException when the redirect URI is not an absolute http(s) URI
     */
    SignInStart start(URI redirectUri);

    /**
     * Completes a sign-in with the code and state the platform sent to the redirect URI.
     *
     * @return the signed-in active member
     * @throws SignInRefusedException for a state that is unknown, used, expired or of another organization; a code
     *                                the platform refuses; a person who is not a member or has resigned
     * @throws io.orgkit.core.ProviderException when the platform fails or the app lacks a permission
     */
    Member complete(String code, String state);
}
