package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.provider.dingtalk.DingTalkConfig;
import io.orgkit.provider.support.ApiCaller;
import io.orgkit.provider.support.Backoff;
import io.orgkit.provider.support.HttpProviderConfig;
import io.orgkit.provider.support.QpsLimiter;
import io.orgkit.provider.support.Sleeper;
import io.orgkit.provider.support.TokenCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Calls DingTalk's topapi through the shared call loop of {@code org-provider-support}: adds the access token
 * (one {@link TokenCache}, single-flight), spaces calls by one {@link QpsLimiter} shared by every thread, renews
 * the token once when DingTalk calls it invalid or expired (40014 / 42001 / 33001), retries -1 / 90002 / 90018 /
 * 90019, HTTP 429 / 5xx and I/O failures with back-off and jitter (honouring {@code Retry-After}), and turns every
 * other refusal into a ProviderException that says what to do. Thread-safe.
 */
public final class DingTalkClient implements AutoCloseable {
    private final DingTalkHttp http;
    private final ApiCaller caller;
    private final TokenCache tokens;
    private final DingTalkConfig config;

    DingTalkClient(DingTalkConfig config, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
        HttpProviderConfig h = config.http();
        this.config = config;
        this.http = new DingTalkHttp(config, clock);
        QpsLimiter limiter = new QpsLimiter(h.maxQps(), sleeper, System::nanoTime);
        Backoff backoff = new Backoff(h.maxAttempts(), h.backoff(), h.maxBackoff(), sleeper, jitter);
        ApiCaller untokened = new ApiCaller(null, limiter, backoff);
        this.tokens = new TokenCache(() -> token(untokened), clock);
        this.caller = new ApiCaller(tokens, limiter, backoff);
    }

    public static DingTalkClient create(DingTalkConfig config) {
        return new DingTalkClient(
                config,
                Clock.systemUTC(),
                Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    DingTalkConfig config() {
        return config;
    }

    DingTalkHttp http() {
        return http;
    }

    /** The answer of a successful call (errcode 0); safe to call from several threads at once. */
    JsonNode call(DingTalkApi api, Map<String, Object> body) {
        try {
            return caller.call(api.path(), DingTalkErrors.PLATFORM, token -> http.post(api.path(), token, body));
        } catch (Sleeper.FetchInterrupted e) {
            throw interrupted();
        }
    }

    /** Fetches a token now (checks the AppKey / AppSecret). */
    void checkCredentials() {
        tokens.current();
    }

    private TokenCache.IssuedToken token(ApiCaller untokened) {
        String path = DingTalkApi.GET_TOKEN.path();
        Map<String, String> query = Map.of(
                "appkey", config.appKey(), "appsecret", config.appSecret().reveal());
        JsonNode answer;
        try {
            answer = untokened.call(path, DingTalkErrors.PLATFORM, unused -> http.get(path, query));
        } catch (Sleeper.FetchInterrupted e) {
            throw interrupted();
        }
        return new TokenCache.IssuedToken(
                answer.path("access_token").asText(),
                Duration.ofSeconds(Math.max(1, answer.path("expires_in").asLong(7200))));
    }

    private static ProviderException interrupted() {
        return new ProviderException(
                DingTalk.TYPE, "interrupted", "the DingTalk sync was interrupted; nothing was applied");
    }

    /** HTTP calls made so far, token calls included. */
    public long apiCalls() {
        return http.calls();
    }

    @Override
    public void close() {
        http.close();
    }
}
