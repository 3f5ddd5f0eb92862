package io.orgkit.provider.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QpsLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Duration> slept = new ArrayList<>();

    private QpsLimiter limiter(double qps) {
        return new QpsLimiter(
                qps,
                d -> {
                    synchronized (slept) {
                        slept.add(d);
                    }
                },
                now::get);
    }

    @Test
    void calls_at_the_same_instant_are_spaced_by_one_interval_each() {
        QpsLimiter limiter = limiter(10);

        limiter.acquire();
        limiter.acquire();
        limiter.acquire();

        assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void a_caller_that_comes_after_the_interval_does_not_wait() {
        QpsLimiter limiter = limiter(10);
        limiter.acquire();
        now.addAndGet(150_000_000L);

        limiter.acquire();

        assertThat(slept).isEmpty();
    }

    @Test
    void threads_sharing_one_limiter_reserve_distinct_slots() throws InterruptedException {
        QpsLimiter limiter = limiter(20);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(start(limiter::acquire));
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(slept)
                .hasSize(7)
                .doesNotHaveDuplicates()
                .allMatch(d -> d.toMillis() % 50 == 0 && d.toMillis() <= 350);
    }

    @Test
    void zero_means_no_limit_and_a_negative_rate_is_refused() {
        QpsLimiter none = limiter(0);
        for (int i = 0; i < 100; i++) {
            none.acquire();
        }

        assertThat(slept).isEmpty();
        assertThatThrownBy(() -> limiter(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Thread start(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }
}
