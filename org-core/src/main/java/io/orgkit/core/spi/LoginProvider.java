package io.orgkit.core.spi;

import java.net.URI;

/**
 * Sign-in of an organization's members with the platform (QR code / OAuth). A provider implements either the
 * two-argument pair ({@link #authorizeUrl(URI, String)}, {@link #exchange(String)}: plain OAuth with a state, as
 * DingTalk's) or the {@link LoginRequest} pair ({@link #authorizeUrl(LoginRequest)},
 * {@link #exchange(String, LoginRequest)}: also PKCE and a nonce, as Microsoft's). Core calls the
 * {@link LoginRequest} pair, whose defaults delegate to the two-argument pair.
 */
public interface LoginProvider {

    /**
     * Where to send the user's browser (or what to render as a QR code).
     *
     * @throws UnsupportedOperationException when the provider implements {@link #authorizeUrl(LoginRequest)} instead
     */
    default URI authorizeUrl(URI redirectUri, String state) {
        throw new UnsupportedOperationException(
                getClass().getName() + " implements authorizeUrl(LoginRequest); call that instead");
    }

    /**
     * Exchanges the code the platform sent to the redirect for the signed-in member's platform user id.
     *
     * @throws io.orgkit.core.signin.SignInRefusedException when the platform refuses the code or the person
     * @throws io.orgkit.core.ProviderException            when the platform fails or the app's setup is wrong
     * @throws UnsupportedOperationException                when the provider implements
     *                                                      {@link #exchange(String, LoginRequest)} instead
     */
    default String exchange(String code) {
        throw new UnsupportedOperationException(
                getClass().getName() + " implements exchange(String, LoginRequest); call that instead");
    }

    /**
     * Where to send the user's browser for the started sign-in {@code request}: its state, and where the platform
     * supports them its nonce and PKCE code challenge. By default {@link #authorizeUrl(URI, String)}.
     */
    default URI authorizeUrl(LoginRequest request) {
        return authorizeUrl(request.redirectUri(), request.state());
    }

    /**
     * Exchanges the code for the signed-in member's platform user id, given the sign-in {@code request} the code
     * answers (the values core stored with its state). By default {@link #exchange(String)}.
     *
     * @throws io.orgkit.core.signin.SignInRefusedException when the platform refuses the code or the person, or its
     *                                                      signed answer does not verify
     * @throws io.orgkit.core.ProviderException            when the platform fails or the app's setup is wrong
     */
    default String exchange(String code, LoginRequest request) {
        return exchange(code);
    }
}
