package io.orgkit.provider.support;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * When to try a failed call again: at most {@code maxAttempts} attempts; after failed attempt n a pause of
 * {@code first * 2^(n-1)}, capped at {@code max}, of which the upper half is random ("equal jitter", so that
 * parallel callers that failed together do not retry together). A {@code Retry-After} the platform sent is a
 * floor: the pause is never shorter; one longer than {@code max} is not waited for (the caller gives up).
 */
public final class Backoff {
    private final int maxAttempts;
    private final Duration first;
    private final Duration max;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    /**
     * A back-off policy.
     *
     * @param random values in [0, 1]; tests pass a constant
     * @throws IllegalArgumentException when {@code maxAttempts < 1}, a duration is negative or {@code max < first}
     */
    public Backoff(int maxAttempts, Duration first, Duration max, Sleeper sleeper, DoubleSupplier random) {
        if (maxAttempts < 1 || first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("maxAttempts >= 1 and 0 <= first <= max are required");
        }
        this.maxAttempts = maxAttempts;
        this.first = first;
        this.max = max;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** The policy a config asks for, with real sleeps and random jitter. */
    public static Backoff of(HttpProviderConfig config) {
        return of(config, Sleeper.REAL);
    }

    /** The policy a config asks for, pausing with {@code sleeper}. */
    public static Backoff of(HttpProviderConfig config, Sleeper sleeper) {
        return new Backoff(
                config.maxAttempts(),
                config.backoff(),
                config.maxBackoff(),
                sleeper,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** {@return attempts per call, the first included} */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The longest pause this policy waits, also for a {@code Retry-After}. */
    public Duration max() {
        return max;
    }

    /** Whether another attempt may follow failed attempt number {@code attempt} (1-based). */
    public boolean mayRetry(int attempt) {
        return attempt < maxAttempts;
    }

    /** Whether a {@code Retry-After} of {@code wait} is short enough to wait for. */
    public boolean waitsFor(Duration wait) {
        return wait.compareTo(max) <= 0;
    }

    /** The pause after failed attempt number {@code attempt} (1-based), at least {@code retryAfter}. */
    public Duration pauseAfter(int attempt, @Nullable Duration retryAfter) {
        Duration full = first.multipliedBy(1L << Math.min(Math.max(attempt, 1) - 1, 30));
        if (full.compareTo(max) > 0 || full.isNegative()) {
            full = max;
        }
        Duration half = full.dividedBy(2);
        double r = Math.min(1, Math.max(0, random.getAsDouble()));
        Duration pause = half.plusNanos((long) (full.minus(half).toNanos() * r));
        return retryAfter != null && retryAfter.compareTo(pause) > 0 ? retryAfter : pause;
    }

    /** Sleeps {@code pause} (one {@link #pauseAfter} gave) with this policy's sleeper. */
    public void sleep(Duration pause) {
        sleeper.sleep(pause);
    }
}
