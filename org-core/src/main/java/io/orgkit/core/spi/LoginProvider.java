package io.orgkit.core.spi;

import java.net.URI;

/** Sign-in of an organization's members with the platform (QR code / OAuth). */
public interface LoginProvider {

    /** Where to send the user's browser (or what to render as a QR code). */
    URI authorizeUrl(URI redirectUri, String state);

    /** Exchanges the code the platform sent to the redirect for the signed-in member's platform user id. */
    String exchange(String code);
}
