package io.orgkit.provider.wecom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.provider.support.ApiCaller;
import io.orgkit.provider.support.Backoff;
import io.orgkit.provider.support.HttpProviderConfig;
import io.orgkit.provider.support.JsonHttp;
import io.orgkit.provider.support.QpsLimiter;
import io.orgkit.provider.support.Sleeper;
import io.orgkit.provider.support.TokenCache;
import io.orgkit.provider.wecom.WeCom;
import io.orgkit.provider.wecom.WeComConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Calls WeCom's {@code qyapi} through the shared call loop of {@code org-provider-support}: adds the access token
 * ({@code gettoken}, one {@link TokenCache}, single-flight, 7200 s as WeCom says), spaces calls by one
 * {@link QpsLimiter} shared by every thread, renews the token once when WeCom calls it invalid or expired
 * (40014 / 42001), retries -1 / 45009 / 45033, HTTP 429 / 5xx and I/O failures with back-off and jitter (honouring
 * {@code Retry-After}), and turns every other refusal into a ProviderException for the administrator
 * ({@link WeComErrors}). WeCom answers HTTP 200 with {@code errcode}; any other status means the base URL is
 * wrong. Never logs a query string (it carries the secret or token). Thread-safe.
 */
public final class WeComClient implements AutoCloseable {
    private final JsonHttp http;
    private final ApiCaller caller;
    private final TokenCache tokens;
    private final WeComConfig config;

    WeComClient(WeComConfig config, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
        HttpProviderConfig h = config.http();
        this.config = config;
        this.http = new JsonHttp(h, "WeCom", clock);
        QpsLimiter limiter = new QpsLimiter(h.maxQps(), sleeper, System::nanoTime);
        Backoff backoff = new Backoff(h.maxAttempts(), h.backoff(), h.maxBackoff(), sleeper, jitter);
        ApiCaller untokened = new ApiCaller(null, limiter, backoff);
        this.tokens = new TokenCache(() -> token(untokened), clock);
        this.caller = new ApiCaller(tokens, limiter, backoff);
    }

    /**
     * A client with the real clock, sleeps and jitter.
     *
     * @param config the organization's settings
     * @return a client; close it when done
     */
    public static WeComClient create(WeComConfig config) {
        return new WeComClient(
                config,
                Clock.systemUTC(),
                Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    WeComConfig config() {
        return config;
    }

    /** {@code GET path?access_token&query}: the answer of a successful call (errcode 0). */
    JsonNode get(WeComApi api, Map<String, String> query) {
        return call(api, token -> {
            Map<String, String> q = new LinkedHashMap<>(query);
            q.put("access_token", token);
            return ok(api, http.get(api.path(), q));
        });
    }

    /** {@code POST path?access_token} with a JSON body: the answer of a successful call (errcode 0). */
    JsonNode post(WeComApi api, Map<String, Object> body) {
        return call(api, token -> ok(api, http.post(api.path(), Map.of("access_token", token), body)));
    }

    private JsonNode call(WeComApi api, java.util.function.Function<String, JsonNode> exchange) {
        try {
            return caller.call(api.path(), WeComErrors.PLATFORM, exchange);
        } catch (Sleeper.FetchInterrupted e) {
            throw interrupted();
        }
    }

    /** Fetches a token now (checks the CorpID and Secret, and the trusted IP). */
    void checkCredentials() {
        tokens.current();
    }

    private TokenCache.IssuedToken token(ApiCaller untokened) {
        WeComApi api = WeComApi.GET_TOKEN;
        Map<String, String> query = new LinkedHashMap<>();
        query.put("corpid", config.corpId());
        query.put("corpsecret", config.secret().reveal());
        JsonNode answer;
        try {
            answer = untokened.call(api.path(), WeComErrors.PLATFORM, unused -> ok(api, http.get(api.path(), query)));
        } catch (Sleeper.FetchInterrupted e) {
            throw interrupted();
        }
        String token = answer.path("access_token").asText("");
        if (token.isEmpty()) {
            throw new ProviderException(
                    WeCom.TYPE, "no-token", "WeCom answered gettoken without an access_token; try again later");
        }
        return new TokenCache.IssuedToken(
                token, Duration.ofSeconds(Math.max(1, answer.path("expires_in").asLong(7200))));
    }

    private JsonNode ok(WeComApi api, JsonHttp.Answer answer) {
        if (answer.status() != 200) {
            throw new ProviderException(
                    WeCom.TYPE,
                    "http-" + answer.status(),
                    "WeCom answered HTTP " + answer.status() + " to " + api.path() + "; check the organization's '"
                            + WeCom.BASE_URL + "' setting (" + config.baseUrl().getScheme() + "://"
                            + config.baseUrl().getHost() + ")");
        }
        return answer.body();
    }

    private static ProviderException interrupted() {
        return new ProviderException(WeCom.TYPE, "interrupted", "the WeCom sync was interrupted; nothing was applied");
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText("");
        return s.isBlank() ? null : s;
    }

    /**
     * HTTP calls made so far, token calls included.
     *
     * @return the count
     */
    public long apiCalls() {
        return http.calls();
    }

    /** Nothing to release: the connection pool is shared by every organization. */
    @Override
    public void close() {
        // the pool and dispatcher are shared
    }
}
