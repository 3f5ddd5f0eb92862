package io.orgkit.tck.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.orgkit.tck.sim.SimRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * DingTalk's member sign-in (OAuth 2.0, QR code): the login page {@code /oauth2/auth}, the code exchange
 * {@code POST /v1.0/oauth2/userAccessToken} and {@code GET /v1.0/contact/users/me}. Codes are single-use.
 */
final class SimLogin {
    static final String AUTHORIZE = "/oauth2/auth";
    static final String USER_TOKEN = "/v1.0/oauth2/userAccessToken";
    static final String USERS_ME = "/v1.0/contact/users/me";
    static final Set<String> PATHS = Set.of(AUTHORIZE, USER_TOKEN, USERS_ME);

    private final DingTalkSimulator sim;
    private final ObjectMapper json;
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final Map<String, String> userTokens = new ConcurrentHashMap<>();
    private volatile @Nullable String signedIn;

    SimLogin(DingTalkSimulator sim, ObjectMapper json) {
        this.sim = sim;
        this.json = json;
    }

    void signInAs(@Nullable String userid) {
        signedIn = userid;
    }

    String issueCode(String userid) {
        String code = "authcode-" + UUID.randomUUID();
        codes.put(code, userid);
        return code;
    }

    /** Answers one sign-in request: status and body (or a redirect location in the body for 302). */
    Reply answer(HttpExchange exchange, SimRequest request) throws IOException {
        return switch (request.path()) {
            case AUTHORIZE -> authorize(request);
            case USER_TOKEN -> userToken(request);
            default -> me(exchange.getRequestHeaders().getFirst("x-acs-dingtalk-access-token"));
        };
    }

    /** An answer of the sign-in endpoints. */
    record Reply(int status, String contentType, String body) {}

    private Reply authorize(SimRequest request) {
        String user = signedIn;
        String redirect = request.param("redirect_uri");
        if (user == null || redirect == null || !sim.appKey().equals(request.param("client_id"))) {
            return new Reply(200, "text/html", "<html>Scan the QR code with DingTalk</html>");
        }
        String state = String.valueOf(request.param("state"));
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "authCode=" + issueCode(user) + "&state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8);
        return new Reply(302, "text/plain", location);
    }

    private Reply userToken(SimRequest request) throws IOException {
        if (!sim.appKey().equals(request.param("clientId")) || !sim.appSecret().equals(request.param("clientSecret"))) {
            return error(400, "invalidClient", "clientId或clientSecret不合法");
        }
        String user = request.param("code") == null ? null : codes.remove(request.param("code"));
        if (user == null || !"authorization_code".equals(request.param("grantType"))) {
            return error(400, "invalidAuthCode", "不合法的临时授权码");
        }
        String token = "simusertoken" + UUID.randomUUID();
        userTokens.put(token, user);
        ObjectNode ok = json.createObjectNode()
                .put("accessToken", token)
                .put("refreshToken", "r" + token)
                .put("expireIn", 7200)
                .put("corpId", "dingsimcorp");
        return new Reply(200, "application/json", json.writeValueAsString(ok));
    }

    private Reply me(@Nullable String token) throws IOException {
        String user = token == null ? null : userTokens.get(token);
        if (user == null) {
            return error(401, "InvalidAuthentication", "不合法的access_token");
        }
        String name = sim.directory().user(user).map(SimUser::name).orElse(user);
        JsonNode me = json.createObjectNode()
                .put("nick", name)
                .put("unionId", "union-" + user)
                .put("openId", "open-" + user)
                .put("stateCode", "86");
        return new Reply(200, "application/json", json.writeValueAsString(me));
    }

    private Reply error(int status, String code, String message) throws IOException {
        ObjectNode node = json.createObjectNode()
                .put("code", code)
                .put("message", message)
                .put("requestid", Long.toHexString(System.nanoTime()));
        return new Reply(status, "application/json", json.writeValueAsString(node));
    }
}
