package io.orgkit.provider.teams.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.signin.SignInRefusedException.Reason;
import io.orgkit.core.spi.LoginProvider;
import io.orgkit.core.spi.LoginRequest;
import io.orgkit.provider.teams.TeamsConfig;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Member sign-in with the Microsoft identity platform: the authorization code flow with PKCE ({@code S256}) and a
 * nonce. {@link #authorizeUrl} is {@code {login}/{tenant}/oauth2/v2.0/authorize} with {@code client_id},
 * {@code response_type=code}, {@code redirect_uri}, {@code response_mode=query}, {@code scope=openid profile},
 * {@code state}, {@code nonce}, {@code code_challenge}; {@link #exchange} redeems the code at the token endpoint
 * with the {@code code_verifier} and the client secret, validates the id token ({@link IdTokens}) and gives its
 * {@code oid}: the member's external id.
 */
public final class TeamsLogin implements LoginProvider {
    private final TeamsConfig config;
    private final GraphClient client;
    private final IdTokens idTokens;

    /** Sign-in of the organization {@code config} describes, calling Microsoft through {@code client}. */
    public TeamsLogin(TeamsConfig config, GraphClient client) {
        this.config = config;
        this.client = client;
        this.idTokens = new IdTokens(config.loginUrl().toString(), config.tenantId(), config.clientId(), client::keys);
    }

    @Override
    public URI authorizeUrl(LoginRequest request) {
        return HttpUrl.get(config.loginUrl().toString())
                .newBuilder()
                .addPathSegment(config.tenantId())
                .addPathSegments("oauth2/v2.0/authorize")
                .addQueryParameter("client_id", config.clientId())
                .addQueryParameter("response_type", "code")
                .addQueryParameter("redirect_uri", request.redirectUri().toString())
                .addQueryParameter("response_mode", "query")
                .addQueryParameter("scope", "openid profile")
                .addQueryParameter("state", request.state())
                .addQueryParameter("nonce", request.nonce())
                .addQueryParameter("code_challenge", request.codeChallenge())
                .addQueryParameter("code_challenge_method", "S256")
                .build()
                .uri();
    }

    /**
     * {@inheritDoc} A code Microsoft refuses ({@code invalid_grant}: expired, redeemed, PKCE verifier mismatch) is
     * refused as CODE_INVALID; an id token that does not verify as TOKEN_INVALID.
     *
     * @throws SignInRefusedException STATE_INVALID, CODE_INVALID or TOKEN_INVALID
     * @throws ProviderException      when the app's credentials are refused or Microsoft fails
     */
    @Override
    public String exchange(String code, LoginRequest request) {
        Objects.requireNonNull(code, "code");
        if (request.codeVerifier().isEmpty() || request.nonce().isEmpty()) {
            throw new SignInRefusedException(
                    Reason.STATE_INVALID,
                    "This sign-in was started before an upgrade and cannot be completed. Start it again.");
        }
        JsonNode answer;
        try {
            answer = client.tokenRequest(Map.of(
                    "grant_type",
                    "authorization_code",
                    "code",
                    code,
                    "redirect_uri",
                    request.redirectUri().toString(),
                    "code_verifier",
                    request.codeVerifier(),
                    "scope",
                    "openid profile"));
        } catch (ProviderException e) {
            if (isGrantRefusal(e.code())) {
                throw new SignInRefusedException(
                        Reason.CODE_INVALID,
                        "This sign-in code has expired, was used already or does not belong to this sign-in."
                                + " Start the sign-in again.");
            }
            throw e;
        }
        return idTokens.verify(
                answer.path("id_token").asText(null),
                request.nonce(),
                client.clock().instant());
    }

    /** A refused grant: code expired, redeemed, malformed, PKCE verifier or redirect URI mismatch. */
    private static boolean isGrantRefusal(String code) {
        return "invalid_grant".equals(code);
    }
}
