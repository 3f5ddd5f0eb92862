package io.orgkit.provider.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QpsLimiterTest {
    private long now = 5_000_000_000L;
    private final List<Duration> pauses = new ArrayList<>();
    private final Sleeper sleeper = d -> {
        pauses.add(d);
        now += d.toNanos();
    };

    @Test
    void calls_made_back_to_back_are_spaced_to_the_configured_rate() {
        QpsLimiter limiter = new QpsLimiter(50, sleeper, () -> now);
        long start = now;

        for (int i = 0; i < 11; i++) {
            limiter.acquire();
        }

        assertThat(now - start).isEqualTo(Duration.ofMillis(200).toNanos());
        assertThat(pauses).hasSize(10).containsOnly(Duration.ofMillis(20));
    }

    @Test
    void calls_already_further_apart_than_the_rate_never_wait() {
        QpsLimiter limiter = new QpsLimiter(10, sleeper, () -> now);

        for (int i = 0; i < 5; i++) {
            limiter.acquire();
            now += Duration.ofMillis(150).toNanos();
        }

        assertThat(pauses).isEmpty();
    }

    @Test
    void a_rate_of_zero_means_no_limit() {
        QpsLimiter limiter = new QpsLimiter(0, sleeper, () -> now);

        for (int i = 0; i < 100; i++) {
            limiter.acquire();
        }

        assertThat(pauses).isEmpty();
    }
}
