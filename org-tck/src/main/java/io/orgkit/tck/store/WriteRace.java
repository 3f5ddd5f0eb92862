package io.orgkit.tck.store;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Two writers interleaved through a {@link PausingStore}: the first pauses between its checks and its first
 * write; the second starts then and runs until it finishes or asks for the organization's lock (with locking,
 * it then waits for the first); then the first goes on. Waits are bounded, so a deadlock fails the test instead
 * of hanging it; nothing is asserted about speed.
 */
final class WriteRace {
    /** How long the second writer may run before the first goes on, when it neither finishes nor asks for a lock. */
    private static final long GRACE_MILLIS = 1_000;

    private static final long POLL_MILLIS = 10;

    /** What each writer returned, or the exception it threw. */
    record Outcome(@Nullable Object first, @Nullable Object second) {
        boolean firstFailed() {
            return first instanceof Throwable;
        }

        boolean secondFailed() {
            return second instanceof Throwable;
        }
    }

    private WriteRace() {}

    static Outcome run(PausingStore store, Callable<?> first, Callable<?> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = pool.submit(() -> {
                store.pauseCurrentThreadAtItsFirstWrite();
                return first.call();
            });
            awaitPausedOrDone(store, one);
            Future<?> two = pool.submit(second);
            long waited = 0;
            while (!two.isDone() && !store.awaitOtherLocking(POLL_MILLIS) && waited < GRACE_MILLIS) {
                waited += POLL_MILLIS;
            }
            store.resume();
            return new Outcome(outcome(one), outcome(two));
        } finally {
            store.resume();
            pool.shutdownNow();
        }
    }

    private static void awaitPausedOrDone(PausingStore store, Future<?> first) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PausingStore.WAIT_SECONDS);
        while (!first.isDone()) {
            if (store.awaitPausedFor(POLL_MILLIS)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the first writer neither reached a write nor finished");
            }
        }
    }

    private static @Nullable Object outcome(Future<?> f) throws InterruptedException, TimeoutException {
        try {
            return f.get(PausingStore.WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new TimeoutException(
                    "a writer did not finish within " + PausingStore.WAIT_SECONDS + " s: the two writers deadlocked");
        }
    }
}
