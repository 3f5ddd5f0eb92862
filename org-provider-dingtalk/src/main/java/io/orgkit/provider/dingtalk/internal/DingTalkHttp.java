package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.provider.dingtalk.DingTalkConfig;
import io.orgkit.provider.support.JsonHttp;
import io.orgkit.provider.support.TransientFailure;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * DingTalk's HTTP exchanges over the shared {@link JsonHttp}: {@code topapi} answers HTTP 200 with a JSON body
 * (any other status means the base URL is wrong), the v1.0 sign-in API answers errors as HTTP 4xx. Throws
 * {@link TransientFailure} for what a retry may cure. Never logs a query string (it carries the secret or token).
 */
final class DingTalkHttp {
    private final JsonHttp http;
    private final URI baseUrl;

    DingTalkHttp(DingTalkConfig config, Clock clock) {
        this.http = new JsonHttp(config.http(), "DingTalk", clock);
        this.baseUrl = config.baseUrl();
    }

    JsonNode get(String path, Map<String, String> query) {
        return ok(path, http.get(path, query));
    }

    JsonNode post(String path, String accessToken, Map<String, Object> body) {
        return ok(path, http.post(path, Map.of("access_token", accessToken), body));
    }

    private JsonNode ok(String path, JsonHttp.Answer answer) {
        if (answer.status() != 200) {
            throw new ProviderException(
                    DingTalk.TYPE,
                    "http-" + answer.status(),
                    "DingTalk answered HTTP "
                            + answer.status() + " to " + path + "; check the organization's '" + DingTalk.BASE_URL
                            + "' setting (" + baseUrl.getScheme() + "://" + baseUrl.getHost() + ")");
        }
        return answer.body();
    }

    /**
     * A call to DingTalk's v1.0 API ({@code api.dingtalk.com}): JSON body or none, the user's token in
     * {@code x-acs-dingtalk-access-token}. A refusal (HTTP 4xx with {@code code} and {@code message}) or a
     * failure becomes a ProviderException; sign-in is not retried.
     */
    JsonNode v1(URI base, String path, @Nullable String userToken, @Nullable Map<String, Object> body) {
        Request.Builder request = new Request.Builder()
                .url(HttpUrl.get(base.toString())
                        .newBuilder()
                        .addPathSegments(path.substring(1))
                        .build());
        if (userToken != null) {
            request.header("x-acs-dingtalk-access-token", userToken);
        }
        if (body != null) {
            request.post(RequestBody.create(http.encode(body), JsonHttp.jsonType()));
        }
        JsonHttp.Answer answer;
        try {
            answer = http.send(path, request.build());
        } catch (TransientFailure e) {
            throw new ProviderException(
                    DingTalk.TYPE,
                    e.code(),
                    "the member sign-in could not reach DingTalk at " + path + " (" + e.getMessage()
                            + "); ask the member to try again");
        }
        JsonNode node = answer.body();
        if (answer.status() >= 300) {
            throw new ProviderException(
                    DingTalk.TYPE,
                    node.path("code").asText("http-" + answer.status()),
                    "DingTalk refused the member sign-in at " + path + " (HTTP " + answer.status() + ", "
                            + node.path("code").asText("") + ": "
                            + node.path("message").asText("")
                            + "); ask the member to sign in again, and check the app's AppKey/AppSecret");
        }
        return node;
    }

    long calls() {
        return http.calls();
    }

    /** Nothing to release: connections stay in the shared pool until they have been idle for 5 minutes. */
    void close() {
        // the pool and dispatcher are shared by every organization
    }
}
