package io.orgkit.provider.support;

import java.time.Duration;

/** Pauses the calling thread; tests substitute one that records the pauses instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps for real; an interrupt ends the pause with a {@link FetchInterrupted}, the interrupt flag kept. */
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchInterrupted();
        }
    };

    /**
     * Pauses for {@code duration}.
     *
     * @throws FetchInterrupted when the thread is interrupted while it waits
     */
    void sleep(Duration duration);

    /** The thread was interrupted while it waited or before a call: the fetch stops, nothing is applied. */
    final class FetchInterrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** A fetch stopped by an interrupt. */
        public FetchInterrupted() {
            super("the fetch was interrupted; nothing was applied", null, false, false);
        }
    }
}
