package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.spi.LoginProvider;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.provider.dingtalk.DingTalkConfig;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Member sign-in with DingTalk (OAuth 2.0; the login page shows a QR code to scan with the DingTalk app).
 * {@link #exchange} turns the {@code authCode} the page hands to the redirect into the member's DingTalk userid
 * with three calls: {@code /v1.0/oauth2/userAccessToken}, {@code /v1.0/contact/users/me} (its unionId) and
 * {@code topapi/user/getbyunionid} (the userid the directory sync uses as external id).
 */
public final class DingTalkLogin implements LoginProvider {
    private final DingTalkConfig config;
    private final DingTalkClient client;

    public DingTalkLogin(DingTalkConfig config, DingTalkClient client) {
        this.config = config;
        this.client = client;
    }

    @Override
    public URI authorizeUrl(URI redirectUri, String state) {
        return HttpUrl.get(config.loginUrl().toString())
                .newBuilder()
                .addPathSegments("oauth2/auth")
                .addQueryParameter("redirect_uri", redirectUri.toString())
                .addQueryParameter("response_type", "code")
                .addQueryParameter("client_id", config.appKey())
                .addQueryParameter("scope", "openid")
                .addQueryParameter("state", state)
                .addQueryParameter("prompt", "consent")
                .build()
                .uri();
    }

    /**
     * {@inheritDoc} A code DingTalk refuses (expired, used: {@code invalidAuthCode}) and a person DingTalk does not
     * know in the organization (60121, {@code getbyunionid}) are refused for the person, not as a setup error.
     *
     * @throws SignInRefusedException CODE_INVALID or NOT_A_MEMBER
     */
    @Override
    public String exchange(String code) {
        try {
            return exchangeOrFail(code);
        } catch (ProviderException e) {
            if ("invalidAuthCode".equals(e.code()) || "invalidCode".equals(e.code())) {
                throw new SignInRefusedException(
                        SignInRefusedException.Reason.CODE_INVALID,
                        "This sign-in code has" + " expired or was used already. Start the sign-in again.");
            }
            if ("60121".equals(e.code())) {
                throw new SignInRefusedException(
                        SignInRefusedException.Reason.NOT_A_MEMBER,
                        "Your DingTalk account is"
                                + " not a member of this organization. Ask its administrator to add you, then sign in again.");
            }
            throw e;
        }
    }

    private String exchangeOrFail(String code) {
        Objects.requireNonNull(code, "code");
        JsonNode token = client.http()
                .v1(
                        config.apiUrl(),
                        "/v1.0/oauth2/userAccessToken",
                        null,
                        Map.of(
                                "clientId",
                                config.appKey(),
                                "clientSecret",
                                config.appSecret().reveal(),
                                "code",
                                code,
                                "grantType",
                                "authorization_code"));
        JsonNode me = client.http()
                .v1(
                        config.apiUrl(),
                        "/v1.0/contact/users/me",
                        token.path("accessToken").asText(),
                        null);
        String unionId = me.path("unionId").asText("");
        if (unionId.isEmpty()) {
            throw new ProviderException(
                    DingTalk.TYPE,
                    "no-unionid",
                    "DingTalk signed the member in but named no" + " unionId; check the app's login permissions in "
                            + DingTalkErrors.CONSOLE);
        }
        return client.call(DingTalkApi.USER_BY_UNIONID, Map.of("unionid", unionId))
                .path("result")
                .path("userid")
                .asText();
    }
}
