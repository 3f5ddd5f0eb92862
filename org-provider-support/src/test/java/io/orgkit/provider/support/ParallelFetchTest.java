package io.orgkit.provider.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.orgkit.core.ProviderException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelFetchTest {

    @Test
    void results_come_back_in_the_order_of_the_inputs_whatever_finishes_first() {
        CountDownLatch lastDone = new CountDownLatch(1);
        try (ParallelFetch parallel = new ParallelFetch(4, "test")) {
            List<Integer> out = parallel.map(List.of(0, 1, 2, 3), i -> {
                if (i == 3) {
                    lastDone.countDown();
                } else {
                    await(lastDone);
                }
                return i * 10;
            });

            assertThat(out).containsExactly(0, 10, 20, 30);
        }
    }

    @Test
    void no_more_steps_than_allowed_run_at_once() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        try (ParallelFetch parallel = new ParallelFetch(3, "test")) {
            parallel.map(IntStream.range(0, 40).boxed().toList(), i -> {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.yield();
                running.decrementAndGet();
                return i;
            });
        }

        assertThat(peak.get()).isBetween(1, 3);
    }

    @Test
    void the_first_failure_is_rethrown_as_it_was_and_the_rest_is_cancelled() {
        AtomicInteger started = new AtomicInteger();
        ProviderException boom = new ProviderException("x", "boom", "step failed");
        try (ParallelFetch parallel = new ParallelFetch(2, "test")) {
            Throwable thrown = catchThrowable(() ->
                    parallel.map(IntStream.range(0, 1000).boxed().toList(), i -> {
                        started.incrementAndGet();
                        if (i == 1) {
                            throw boom;
                        }
                        await(new CountDownLatch(1), 50);
                        return i;
                    }));

            assertThat(thrown).isSameAs(boom);
        }
        assertThat(started.get()).isLessThan(1000);
    }

    @Test
    void one_in_flight_runs_on_the_callers_thread() {
        Thread caller = Thread.currentThread();
        try (ParallelFetch parallel = new ParallelFetch(1, "test")) {
            assertThat(parallel.map(List.of(1, 2), i -> Thread.currentThread() == caller))
                    .containsExactly(true, true);
        }
    }

    @Test
    void a_parallelism_outside_1_to_64_is_refused() {
        assertThatThrownBy(() -> new ParallelFetch(0, "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParallelFetch(65, "t")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        await(latch, 10_000);
    }

    private static void await(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
