package io.orgkit.provider.wecom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.spi.LoginProvider;
import io.orgkit.provider.wecom.WeComConfig;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Member sign-in with WeCom's web login (企业微信登录, QR code scanned with the WeCom app). The login page
 * redirects to the redirect URI with {@code code} and {@code state}; {@link #exchange} turns the code into the
 * member's userid with one call, {@code auth/getuserinfo} (with the app's access token). A person who is not a
 * member of the enterprise gets an {@code openid} and no {@code userid}: refused as not a member.
 */
public final class WeComLogin implements LoginProvider {
    /** The most characters of a code accepted (WeCom: at most 512 bytes). */
    static final int MAX_CODE = 512;

    private final WeComConfig config;
    private final WeComClient client;

    /**
     * Sign-in for one organization.
     *
     * @param config its settings
     * @param client its client (for the app's access token)
     */
    public WeComLogin(WeComConfig config, WeComClient client) {
        this.config = config;
        this.client = client;
    }

    @Override
    public URI authorizeUrl(URI redirectUri, String state) {
        return HttpUrl.get(config.loginUrl().toString())
                .newBuilder()
                .addPathSegments("wwlogin/sso/login")
                .addQueryParameter("login_type", "CorpApp")
                .addQueryParameter("appid", config.corpId())
                .addQueryParameter("agentid", config.agentId())
                .addQueryParameter("redirect_uri", redirectUri.toString())
                .addQueryParameter("state", state)
                .build()
                .uri();
    }

    /**
     * {@inheritDoc} A code WeCom refuses (40029: expired, used or unknown) and a person who is not a member of the
     * enterprise (an answer with an {@code openid} and no {@code userid}) are refused for the person.
     *
     * @throws SignInRefusedException CODE_INVALID or NOT_A_MEMBER
     */
    @Override
    public String exchange(String code) {
        Objects.requireNonNull(code, "code");
        if (code.isEmpty() || code.length() > MAX_CODE) {
            throw codeInvalid();
        }
        JsonNode answer;
        try {
            answer = client.get(WeComApi.AUTH_USER_INFO, Map.of("code", code));
        } catch (ProviderException e) {
            if ("40029".equals(e.code())) {
                throw codeInvalid();
            }
            throw e;
        }
        String userid = answer.path("userid").asText(answer.path("UserId").asText(""));
        if (userid.isEmpty()) {
            throw new SignInRefusedException(
                    SignInRefusedException.Reason.NOT_A_MEMBER,
                    "Your WeCom account is not a member of this organization's enterprise. Ask its administrator"
                            + " to add you, then sign in again.");
        }
        return userid;
    }

    private static SignInRefusedException codeInvalid() {
        return new SignInRefusedException(
                SignInRefusedException.Reason.CODE_INVALID,
                "This sign-in code has expired or was used already. Start the sign-in again.");
    }
}
