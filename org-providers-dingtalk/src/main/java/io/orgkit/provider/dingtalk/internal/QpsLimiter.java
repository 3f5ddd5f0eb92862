package io.orgkit.provider.dingtalk.internal;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces calls evenly so that at most {@code qps} start per second (0: no limit). DingTalk allows an internal
 * app 20 calls per second per API; the default of 15 keeps below that with room for the host's own calls.
 */
final class QpsLimiter {
    private final long intervalNanos;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private long next = Long.MIN_VALUE;

    QpsLimiter(double qps, Sleeper sleeper, LongSupplier nanoTime) {
        this.intervalNanos = qps <= 0 ? 0 : (long) (1_000_000_000L / qps);
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    /** Waits until the next call may start. */
    void acquire() {
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long start = next == Long.MIN_VALUE ? now : Math.max(now, next);
            next = start + intervalNanos;
            wait = start - now;
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }
}
