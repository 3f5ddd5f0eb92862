package io.orgkit.provider.dingtalk.internal;

import io.orgkit.core.ProviderException;
import io.orgkit.provider.dingtalk.DingTalk;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Exponential back-off between attempts of one call, bounded by a number of attempts. */
final class Retrier {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final int maxAttempts;
    private final Duration backoff;
    private final Sleeper sleeper;

    Retrier(int maxAttempts, Duration backoff, Sleeper sleeper) {
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    /**
     * After failed attempt number {@code attempt} (1-based): pauses {@code backoff * 2^(attempt-1)} when another
     * attempt is allowed, else throws a {@link ProviderException} with {@code code}.
     */
    void pauseOrGiveUp(int attempt, DingTalkApi api, String code, String detail) {
        if (attempt >= maxAttempts) {
            throw new ProviderException(DingTalk.TYPE, code, "DingTalk kept failing " + api.path() + " (" + detail
                    + ") after " + maxAttempts + " attempts; nothing was applied. Try again later");
        }
        Duration pause = backoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        if (pause.compareTo(MAX_PAUSE) > 0) {
            pause = MAX_PAUSE;
        }
        LOG.info("DingTalk {} failed transiently ({}); attempt {} of {} in {} ms", api.path(), code, attempt + 1,
                maxAttempts, pause.toMillis());
        sleeper.sleep(pause);
    }
}
