package io.orgkit.provider.support;

import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call loop every HTTP provider needs: take a token, wait for the shared {@link QpsLimiter}, exchange, let the
 * platform's {@link PlatformErrors} classify the answer, then return it, renew the token once, retry with
 * {@link Backoff} (honouring {@code Retry-After}), or fail. Thread-safe; one instance serves every thread of a fetch.
 */
public final class ApiCaller {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCaller.class);

    private final @Nullable TokenCache tokens;
    private final QpsLimiter limiter;
    private final Backoff backoff;

    /**
     * A call loop.
     *
     * @param tokens the app token for {@link #call}; null for calls that need none (such as fetching the token)
     */
    public ApiCaller(@Nullable TokenCache tokens, QpsLimiter limiter, Backoff backoff) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.backoff = backoff;
    }

    /**
     * Makes the call {@code name} until it succeeds or fails for good.
     *
     * @param exchange one HTTP exchange given the current token ("" without a token cache); it may throw
     *                 {@link TransientFailure} for what a retry may cure
     * @return the answer classified {@link Verdict.Kind#OK}
     * @throws RuntimeException {@link PlatformErrors#refused} or {@link PlatformErrors#gaveUp}'s error, or
     *                          {@link Sleeper.FetchInterrupted} when the thread is interrupted
     */
    public <T> T call(String name, PlatformErrors<T> errors, Function<String, T> exchange) {
        boolean renewed = false;
        for (int attempt = 1; ; attempt++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Sleeper.FetchInterrupted();
            }
            String token = tokens == null ? "" : tokens.current();
            limiter.acquire();
            T answer;
            try {
                answer = exchange.apply(token);
            } catch (TransientFailure f) {
                retryOrGiveUp(
                        attempt,
                        name,
                        errors,
                        f.code(),
                        java.util.Objects.requireNonNullElse(f.getMessage(), ""),
                        f.retryAfter().orElse(null));
                continue;
            }
            Verdict verdict = errors.classify(answer);
            switch (verdict.kind()) {
                case OK:
                    return answer;
                case RENEW_TOKEN:
                    if (renewed || tokens == null) {
                        throw errors.refused(name, answer);
                    }
                    renewed = true;
                    tokens.invalidate(token);
                    attempt--;
                    break;
                case RETRY:
                    retryOrGiveUp(attempt, name, errors, verdict.code(), verdict.detail(), verdict.retryAfter());
                    break;
                default:
                    throw errors.refused(name, answer);
            }
        }
    }

    private void retryOrGiveUp(
            int attempt,
            String name,
            PlatformErrors<?> errors,
            String code,
            String detail,
            @Nullable Duration retryAfter) {
        if (!backoff.mayRetry(attempt)) {
            throw errors.gaveUp(name, code, detail, backoff.maxAttempts());
        }
        if (retryAfter != null && !backoff.waitsFor(retryAfter)) {
            throw errors.gaveUp(
                    name,
                    code,
                    detail + "; the platform asked to wait " + retryAfter.toSeconds() + " s, longer than the "
                            + backoff.max().toSeconds() + " s allowed",
                    attempt);
        }
        Duration pause = backoff.pauseAfter(attempt, retryAfter);
        LOG.info(
                "{} failed transiently ({}); attempt {} of {} in {} ms",
                name,
                code,
                attempt + 1,
                backoff.maxAttempts(),
                pause.toMillis());
        backoff.sleep(pause);
    }
}
