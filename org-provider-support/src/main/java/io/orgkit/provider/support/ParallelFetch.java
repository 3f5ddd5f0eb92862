package io.orgkit.provider.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs independent fetch steps with at most {@code maxInFlight} at a time (on its own daemon threads; inline on
 * the caller's thread when {@code maxInFlight} is 1) and hands back their results in the order of their inputs,
 * so the output does not depend on timing. The first step to fail cancels the others and its exception is
 * rethrown as it was: a fetch fails as a whole. Combine with one shared {@link QpsLimiter} so that parallel steps
 * still keep to the platform's rate. Close it when the fetch ends.
 */
public final class ParallelFetch implements AutoCloseable {
    /** The most steps in flight this helper accepts. */
    public static final int MAX_IN_FLIGHT = 64;

    private final int maxInFlight;
    private final @Nullable ExecutorService pool;

    /**
     * A helper running up to {@code maxInFlight} steps at once on threads named {@code threadName-n}.
     *
     * @throws IllegalArgumentException when {@code maxInFlight} is not within 1..{@value #MAX_IN_FLIGHT}
     */
    public ParallelFetch(int maxInFlight, String threadName) {
        if (maxInFlight < 1 || maxInFlight > MAX_IN_FLIGHT) {
            throw new IllegalArgumentException("maxInFlight must be 1.." + MAX_IN_FLIGHT + ", was " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
        AtomicInteger n = new AtomicInteger();
        this.pool = maxInFlight == 1
                ? null
                : Executors.newFixedThreadPool(maxInFlight, r -> {
                    Thread t = new Thread(r, threadName + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** {@return the most calls in flight at once} */
    public int maxInFlight() {
        return maxInFlight;
    }

    /**
     * Applies {@code step} to every input, up to {@code maxInFlight} at once.
     *
     * @return the results, in the order of {@code inputs}
     * @throws RuntimeException the first failure of a step, as the step threw it (others are cancelled)
     */
    public <T, R> List<R> map(List<T> inputs, Function<? super T, ? extends R> step) {
        if (pool == null || inputs.size() <= 1) {
            List<R> out = new ArrayList<>(inputs.size());
            inputs.forEach(in -> out.add(step.apply(in)));
            return out;
        }
        ExecutorCompletionService<Indexed<R>> done = new ExecutorCompletionService<>(pool);
        List<Future<Indexed<R>>> futures = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            T in = inputs.get(i);
            futures.add(done.submit(() -> new Indexed<>(index, step.apply(in))));
        }
        return collect(done, futures);
    }

    private record Indexed<R>(int index, R value) {}

    private static <R> List<R> collect(ExecutorCompletionService<Indexed<R>> done, List<Future<Indexed<R>>> futures) {
        List<R> out = new ArrayList<>(java.util.Collections.nCopies(futures.size(), null));
        try {
            for (int i = 0; i < futures.size(); i++) {
                Indexed<R> r = done.take().get();
                out.set(r.index(), r.value());
            }
            return out;
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw rethrow(e.getCause());
        } catch (InterruptedException | CancellationException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new Sleeper.FetchInterrupted();
        }
    }

    private static RuntimeException rethrow(@Nullable Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException("a fetch step failed", cause);
    }

    /** Stops the threads; steps still running are interrupted. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
