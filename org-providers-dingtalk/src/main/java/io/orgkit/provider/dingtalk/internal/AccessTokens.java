package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.spi.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's access token: fetched with {@code GET /gettoken}, reused until shortly before it expires
 * ({@code expires_in}, 7200 s on DingTalk), dropped when DingTalk says it is invalid or expired.
 */
final class AccessTokens {
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);
    private static final Duration MAX_MARGIN = Duration.ofMinutes(5);

    private final DingTalkHttp http;
    private final String appKey;
    private final Secret appSecret;
    private final Retrier retrier;
    private final QpsLimiter limiter;
    private final Clock clock;
    private @Nullable String token;
    private Instant refreshAt = Instant.MIN;

    AccessTokens(DingTalkHttp http, DingTalkConfig config, Retrier retrier, QpsLimiter limiter, Clock clock) {
        this.http = http;
        this.appKey = config.appKey();
        this.appSecret = config.appSecret();
        this.retrier = retrier;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** A token that is valid for a while yet; fetches one when there is none or it is about to expire. */
    synchronized String current() {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    /** Forgets {@code used} after DingTalk refused it, so that the next {@link #current()} fetches a new one. */
    synchronized void invalidate(String used) {
        if (used.equals(token)) {
            token = null;
        }
    }

    private void fetch() {
        for (int attempt = 1; ; attempt++) {
            limiter.acquire();
            JsonNode answer;
            try {
                answer = http.get(DingTalkApi.GET_TOKEN.path(), Map.of("appkey", appKey, "appsecret", appSecret.reveal()));
            } catch (TransientFailure f) {
                retrier.pauseOrGiveUp(attempt, DingTalkApi.GET_TOKEN, f.code(), f.getMessage());
                continue;
            }
            DingTalkErrors.Outcome outcome = DingTalkErrors.classify(answer);
            if (outcome == DingTalkErrors.Outcome.OK) {
                accept(answer);
                return;
            }
            if (outcome != DingTalkErrors.Outcome.RETRY) {
                throw DingTalkErrors.refused(DingTalkApi.GET_TOKEN, answer);
            }
            retrier.pauseOrGiveUp(attempt, DingTalkApi.GET_TOKEN, DingTalkErrors.effectiveCode(answer),
                    answer.path("errmsg").asText(""));
        }
    }

    private void accept(JsonNode answer) {
        Duration lifetime = Duration.ofSeconds(answer.path("expires_in").asLong(7200));
        Duration margin = lifetime.dividedBy(4).compareTo(MAX_MARGIN) < 0 ? lifetime.dividedBy(4) : MAX_MARGIN;
        token = answer.path("access_token").asText();
        refreshAt = clock.instant().plus(lifetime).minus(margin);
        LOG.debug("Obtained a DingTalk access token for app {} valid for {} s", appKey, lifetime.toSeconds());
    }
}
