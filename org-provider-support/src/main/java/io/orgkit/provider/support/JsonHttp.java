package io.orgkit.provider.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
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
 * JSON over HTTP to one platform, every exchange counted. HTTP 429 and 5xx, I/O errors and a cut-off or non-JSON
 * success answer become a {@link TransientFailure} (with the {@code Retry-After} the platform sent); other answers
 * are handed back with their status for the platform to judge. Logs name the path only, never a query string
 * (it may carry a secret or a token). All instances share one OkHttp connection pool and dispatcher.
 */
public final class JsonHttp {
    private static final Logger LOG = LoggerFactory.getLogger(JsonHttp.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final OkHttpClient SHARED =
            new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    /**
     * The largest answer body read unless a client asks for less: 16 MiB, so that even an answer of tiny JSON values
     * (each a node of the parsed tree) stays within a 256 MB heap; platform pages are far smaller.
     */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;

    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final String platform;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong calls = new AtomicLong();
    private final long maxBodyBytes;

    /** An answer: its HTTP status and its JSON body (an empty object when a refusal had no JSON body). */
    public record Answer(int status, JsonNode body) {}

    /**
     * A client for {@code config.baseUrl()}.
     *
     * @param platform the platform's name for messages, e.g. "DingTalk"
     */
    public JsonHttp(HttpProviderConfig config, String platform, Clock clock) {
        this(config, platform, clock, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * A client for {@code config.baseUrl()} that reads at most {@code maxBodyBytes} of an answer: a longer one
     * fails the call as a {@link TransientFailure} of code {@code response-too-large} (so it is reported, after
     * the retries, like any failure that did not clear).
     *
     * @param platform the platform's name for messages, e.g. "Microsoft Graph"
     * @throws IllegalArgumentException when {@code maxBodyBytes} is not positive
     */
    public JsonHttp(HttpProviderConfig config, String platform, Clock clock, long maxBodyBytes) {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
        this.baseUrl = HttpUrl.get(config.baseUrl().toString());
        this.platform = platform;
        this.clock = clock;
        long read = config.readTimeout().toMillis();
        this.client = SHARED.newBuilder()
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read, TimeUnit.MILLISECONDS)
                .callTimeout(read * 3 + config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    /** {@code GET path?query}. @throws TransientFailure for what a retry may cure */
    public Answer get(String path, Map<String, String> query) {
        HttpUrl.Builder url = url(path);
        query.forEach(url::addQueryParameter);
        return send(path, new Request.Builder().url(url.build()).get().build());
    }

    /** {@code POST path?query} with {@code body} as JSON. @throws TransientFailure for what a retry may cure */
    public Answer post(String path, Map<String, String> query, Object body) {
        HttpUrl.Builder url = url(path);
        query.forEach(url::addQueryParameter);
        return send(
                path,
                new Request.Builder()
                        .url(url.build())
                        .post(RequestBody.create(encode(body), JSON))
                        .build());
    }

    /**
     * Sends any request (extra headers, another host); {@code path} names it in logs and messages.
     *
     * @throws TransientFailure for HTTP 429 / 5xx, I/O errors, a cut-off or non-JSON success answer
     */
    public Answer send(String path, Request request) {
        calls.incrementAndGet();
        long started = System.nanoTime();
        try (Response response = client.newCall(request).execute()) {
            Answer answer = parse(path, response);
            LOG.debug(
                    "{} {} answered HTTP {} in {} ms",
                    platform,
                    path,
                    answer.status(),
                    (System.nanoTime() - started) / 1_000_000);
            return answer;
        } catch (TooLarge e) {
            LOG.debug("{} {} answered more than {} bytes", platform, path, maxBodyBytes);
            throw new TransientFailure(
                    "response-too-large",
                    platform + "'s answer to " + path + " was larger than " + maxBodyBytes + " bytes");
        } catch (IOException e) {
            LOG.debug("{} {} failed: {}", platform, path, e.getClass().getSimpleName());
            throw new TransientFailure(
                    "io",
                    "the connection to " + platform + " failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** A URL under the base URL. */
    public HttpUrl.Builder url(String path) {
        return baseUrl.newBuilder().addPathSegments(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The JSON encoding of {@code body}. */
    public byte[] encode(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode a request to " + platform, e);
        }
    }

    /** {@return the JSON mapper this client reads and writes with} */
    public ObjectMapper json() {
        return json;
    }

    /** The request body type for JSON. */
    public static MediaType jsonType() {
        return JSON;
    }

    /** Exchanges made so far. */
    public long calls() {
        return calls.get();
    }

    private Answer parse(String path, Response response) throws IOException {
        int status = response.code();
        if (status >= 500 || status == 429) {
            throw new TransientFailure(
                    "http-" + status,
                    platform + " answered HTTP " + status + " to " + path,
                    RetryAfter.parse(response.header("Retry-After"), clock.instant())
                            .orElse(null));
        }
        ResponseBody body = response.body();
        try {
            JsonNode node = body == null ? null : json.readTree(new Bounded(body.byteStream(), maxBodyBytes));
            if (node != null && node.isObject()) {
                return new Answer(status, node);
            }
        } catch (JsonProcessingException e) {
            if (response.isSuccessful()) {
                throw new TransientFailure(
                        "malformed-response", platform + "'s answer to " + path + " was cut off or not JSON");
            }
        }
        if (response.isSuccessful()) {
            throw new TransientFailure("malformed-response", platform + "'s answer to " + path + " was empty");
        }
        return new Answer(status, json.createObjectNode());
    }

    /** An answer longer than the client reads. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the answer is too large", null);
        }
    }

    /** Reads at most {@code limit} bytes, then fails with {@link TooLarge}. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(java.io.InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new TooLarge();
                }
            }
            return n;
        }
    }
}
