package io.orgkit.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LoginProviderDefaultsTest {
    private static final LoginRequest REQUEST =
            new LoginRequest(URI.create("https://app.example/back"), "the-state", "the-nonce", "v".repeat(43));

    @Test
    void aProviderOfThePlainPairIsCalledThroughTheRequestPair() {
        LoginProvider plain = new LoginProvider() {
            @Override
            public URI authorizeUrl(URI redirectUri, String state) {
                return URI.create("https://idp.example/auth?state=" + state + "&r=" + redirectUri.getHost());
            }

            @Override
            public String exchange(String code) {
                return "user-of-" + code;
            }
        };

        assertThat(plain.authorizeUrl(REQUEST)).hasToString("https://idp.example/auth?state=the-state&r=app.example");
        assertThat(plain.exchange("c1", REQUEST)).isEqualTo("user-of-c1");
    }

    @Test
    void aProviderOfTheRequestPairRefusesThePlainPairClearly() {
        LoginProvider pkce = new LoginProvider() {
            @Override
            public URI authorizeUrl(LoginRequest request) {
                return URI.create("https://idp.example/auth");
            }

            @Override
            public String exchange(String code, LoginRequest request) {
                return "u";
            }
        };

        assertThatThrownBy(() -> pkce.authorizeUrl(URI.create("https://a.example"), "s"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("authorizeUrl(LoginRequest)");
        assertThatThrownBy(() -> pkce.exchange("c"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("exchange(String, LoginRequest)");
    }

    @Test
    void theCodeChallengeIsS256OfTheVerifier() throws Exception {
        // RFC 7636 appendix B
        LoginRequest rfc = new LoginRequest(
                URI.create("https://a.example"), "s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assertThat(rfc.codeChallenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        byte[] sha = MessageDigest.getInstance("SHA-256").digest("v".repeat(43).getBytes(StandardCharsets.US_ASCII));
        assertThat(REQUEST.codeChallenge())
                .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(sha));
    }

    @Test
    void toStringHidesTheVerifierAndState() {
        assertThat(REQUEST.toString()).doesNotContain("vvvv").doesNotContain("the-state");
    }
}
