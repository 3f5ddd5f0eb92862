package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;

/**
 * Calls DingTalk's topapi: adds the access token, spaces calls by the QPS limit, refreshes the token once when
 * DingTalk calls it invalid or expired (40014 / 42001 / 33001), retries -1 / 90002 / 90018 / 90019, HTTP 5xx
 * and I/O failures with exponential back-off, and turns every other refusal into a ProviderException.
 */
public final class DingTalkClient implements AutoCloseable {
    private final DingTalkHttp http;
    private final AccessTokens tokens;
    private final Retrier retrier;
    private final QpsLimiter limiter;

    DingTalkHttp http() {
        return http;
    }

    DingTalkClient(DingTalkConfig config, Clock clock, Sleeper sleeper) {
        this.http = new DingTalkHttp(config.baseUrl(), config.timeout().toMillis(), new ObjectMapper());
        this.retrier = new Retrier(config.maxAttempts(), config.backoff(), sleeper);
        this.limiter = new QpsLimiter(config.maxQps(), sleeper, System::nanoTime);
        this.tokens = new AccessTokens(http, config, retrier, limiter, clock);
    }

    public static DingTalkClient create(DingTalkConfig config) {
        return new DingTalkClient(config, Clock.systemUTC(), Sleeper.REAL);
    }

    /** The answer of a successful call (errcode 0). */
    JsonNode call(DingTalkApi api, Map<String, Object> body) {
        boolean refreshed = false;
        for (int attempt = 1; ; attempt++) {
            String token = tokens.current();
            limiter.acquire();
            JsonNode answer;
            try {
                answer = http.post(api.path(), token, body);
            } catch (TransientFailure f) {
                retrier.pauseOrGiveUp(attempt, api, f.code(), f.getMessage());
                continue;
            }
            switch (DingTalkErrors.classify(answer)) {
                case OK:
                    return answer;
                case TOKEN_INVALID:
                    if (refreshed) {
                        throw DingTalkErrors.refused(api, answer);
                    }
                    refreshed = true;
                    tokens.invalidate(token);
                    attempt--;
                    break;
                case RETRY:
                    retrier.pauseOrGiveUp(attempt, api, DingTalkErrors.effectiveCode(answer), answer.path("errmsg").asText(""));
                    break;
                case QUOTA_EXHAUSTED:
                    throw DingTalkErrors.quota(answer.path("errmsg").asText(""));
                default:
                    throw DingTalkErrors.refused(api, answer);
            }
        }
    }

    /** Fetches a token now (checks the AppKey / AppSecret). */
    void checkCredentials() {
        tokens.current();
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
