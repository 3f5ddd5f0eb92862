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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange with DingTalk's server API, counted. Answers the parsed JSON body; throws
 * {@link TransientFailure} for what a retry may cure. Never logs a query string (it carries the secret or token).
 */
final class DingTalkHttp {
    private static final Logger LOG = LoggerFactory.getLogger(DingTalkHttp.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final ObjectMapper json;
    private final AtomicLong calls = new AtomicLong();

    DingTalkHttp(URI baseUrl, long timeoutMillis, ObjectMapper json) {
        this.baseUrl = HttpUrl.get(baseUrl.toString());
        this.json = json;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .callTimeout(timeoutMillis * 3, TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .build();
    }

    JsonNode get(String path, Map<String, String> query) {
        HttpUrl.Builder url = url(path);
        query.forEach(url::addQueryParameter);
        return execute(path, new Request.Builder().url(url.build()).get().build());
    }

    JsonNode post(String path, String accessToken, Map<String, Object> body) {
        HttpUrl url = url(path).addQueryParameter("access_token", accessToken).build();
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode a DingTalk request", e);
        }
        return execute(path, new Request.Builder().url(url).post(RequestBody.create(payload, JSON)).build());
    }

    long calls() {
        return calls.get();
    }

    /** Releases pooled connections and threads. */
    void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
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
