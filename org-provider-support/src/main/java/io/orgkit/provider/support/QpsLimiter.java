package io.orgkit.provider.support;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces calls evenly so that at most {@code qps} start per second (0: no limit). One limiter is shared by every
 * thread of a fetch: each caller reserves the next free slot under a short lock and sleeps outside it, so
 * parallel callers queue behind each other instead of bursting.
 */
public final class QpsLimiter {
    private final long intervalNanos;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private long next = Long.MIN_VALUE;

    /**
     * A limiter of {@code qps} calls per second.
     *
     * @param nanoTime a monotonic clock ({@code System::nanoTime}; tests pass a fake)
     * @throws IllegalArgumentException when {@code qps} is negative or not a number
     */
    public QpsLimiter(double qps, Sleeper sleeper, LongSupplier nanoTime) {
        if (!(qps >= 0)) {
            throw new IllegalArgumentException("qps must be >= 0, was " + qps);
        }
        this.intervalNanos = qps == 0 ? 0 : (long) (1_000_000_000L / qps);
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    /** A limiter on the real clock. */
    public static QpsLimiter of(double qps) {
        return new QpsLimiter(qps, Sleeper.REAL, System::nanoTime);
    }

    /** Waits until the next call may start. */
    public void acquire() {
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
