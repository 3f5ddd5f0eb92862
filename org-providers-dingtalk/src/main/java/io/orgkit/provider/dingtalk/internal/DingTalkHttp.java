package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.ProviderException;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange with DingTalk's server API, counted. Answers the parsed JSON body; throws
 * {@link TransientFailure} for what a retry may cure. Never logs a query string (it carries the secret or token).
 */
final class DingTalkHttp {
    private static final Logger LOG = LoggerFactory.getLogger(DingTalkHttp.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** One connection pool and dispatcher for every organization, as OkHttp recommends. */
    private static final OkHttpClient SHARED = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final ObjectMapper json;
    private final AtomicLong calls = new AtomicLong();

    DingTalkHttp(URI baseUrl, long timeoutMillis, ObjectMapper json) {
        this.baseUrl = HttpUrl.get(baseUrl.toString());
        this.json = json;
        this.client = SHARED.newBuilder()
                .connectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .callTimeout(timeoutMillis * 3, TimeUnit.MILLISECONDS)
                .build();
    }

    JsonNode get(String path, Map<String, String> query) {
        HttpUrl.Builder url = url(path);
        query.forEach(url::addQueryParameter);
        return execute(path, new Request.Builder().url(url.build()).get().build());
    }

    JsonNode post(String path, String accessToken, Map<String, Object> body) {
        HttpUrl url = url(path).addQueryParameter("access_token", accessToken).build();
        return execute(path, new Request.Builder().url(url).post(RequestBody.create(encode(body), JSON)).build());
    }

    private byte[] encode(Map<String, Object> body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode a DingTalk request", e);
        }
    }

    /**
     * A call to DingTalk's v1.0 API ({@code api.dingtalk.com}): JSON body or none, the user's token in
     * {@code x-acs-dingtalk-access-token}. A refusal (HTTP 4xx with {@code code} and {@code message}) or a
     * failure becomes a ProviderException; sign-in is not retried.
     */
    JsonNode v1(URI base, String path, @Nullable String userToken, @Nullable Map<String, Object> body) {
        Request.Builder request = new Request.Builder().url(HttpUrl.get(base.toString()).newBuilder()
                .addPathSegments(path.substring(1)).build());
        if (userToken != null) {
            request.header("x-acs-dingtalk-access-token", userToken);
        }
        if (body != null) {
            request.post(RequestBody.create(encode(body), JSON));
        }
        calls.incrementAndGet();
        try (Response response = client.newCall(request.build()).execute()) {
            ResponseBody raw = response.body();
            JsonNode node = raw == null ? json.createObjectNode() : json.readTree(raw.byteStream());
            if (!response.isSuccessful()) {
                throw new ProviderException("dingtalk", node.path("code").asText("http-" + response.code()),
                        "DingTalk refused the member sign-in at " + path + " (HTTP " + response.code() + ", "
                                + node.path("code").asText("") + ": " + node.path("message").asText("")
                                + "); ask the member to sign in again, and check the app's AppKey/AppSecret");
            }
            return node;
        } catch (IOException e) {
            throw new ProviderException("dingtalk", "io", "the member sign-in could not reach DingTalk at " + path
                    + " (" + e.getClass().getSimpleName() + "); ask the member to try again");
        }
    }

    long calls() {
        return calls.get();
    }

    /** Nothing to release: connections stay in the shared pool until they have been idle for 5 minutes. */
    void close() {
        // the pool and dispatcher are shared by every organization
    }

    private HttpUrl.Builder url(String path) {
        return baseUrl.newBuilder().addPathSegments(path.substring(1));
    }

    private JsonNode execute(String path, Request request) {
        calls.incrementAndGet();
        long started = System.nanoTime();
        try (Response response = client.newCall(request).execute()) {
            JsonNode node = parse(path, response);
            LOG.debug("DingTalk {} answered errcode {} in {} ms", path, node.path("errcode").asText("?"),
                    (System.nanoTime() - started) / 1_000_000);
            return node;
        } catch (IOException e) {
            LOG.debug("DingTalk {} failed: {}", path, e.getClass().getSimpleName());
            throw new TransientFailure("io", "the connection to DingTalk failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private JsonNode parse(String path, Response response) throws IOException {
        int status = response.code();
        if (status >= 500 || status == 429) {
            throw new TransientFailure("http-" + status, "DingTalk answered HTTP " + status + " to " + path);
        }
        if (status != 200) {
            throw new ProviderException("dingtalk", "http-" + status, "DingTalk answered HTTP " + status + " to " + path
                    + "; check the organization's '" + io.orgkit.provider.dingtalk.DingTalk.BASE_URL
                    + "' setting (" + baseUrl.scheme() + "://" + baseUrl.host() + ")");
        }
        ResponseBody body = response.body();
        try {
            JsonNode node = body == null ? null : json.readTree(body.byteStream());
            if (node == null || !node.isObject()) {
                throw new TransientFailure("malformed-response", "DingTalk's answer to " + path + " was empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new TransientFailure("malformed-response", "DingTalk's answer to " + path + " was cut off or not JSON");
        }
    }
}
