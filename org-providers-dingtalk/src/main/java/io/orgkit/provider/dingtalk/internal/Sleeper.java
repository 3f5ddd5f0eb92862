package io.orgkit.provider.dingtalk.internal;

import io.orgkit.core.ProviderException;
import java.time.Duration;

/** Pauses the calling thread; tests substitute one that records the pauses. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("dingtalk", "interrupted", "the DingTalk sync was interrupted; nothing was applied");
        }
    };

    void sleep(Duration duration);
}
