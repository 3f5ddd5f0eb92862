package io.orgkit.provider.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration FIRST = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofSeconds(1);
    private final List<Duration> slept = new ArrayList<>();

    private Backoff backoff(double random) {
        return new Backoff(4, FIRST, MAX, slept::add, () -> random);
    }

    @Test
    void pauses_double_per_attempt_and_stop_at_the_maximum() {
        Backoff full = backoff(1.0);

        assertThat(List.of(
                        full.pauseAfter(1, null),
                        full.pauseAfter(2, null),
                        full.pauseAfter(3, null),
                        full.pauseAfter(5, null),
                        full.pauseAfter(40, null)))
                .containsExactly(FIRST, FIRST.multipliedBy(2), FIRST.multipliedBy(4), MAX, MAX);
    }

    @Test
    void jitter_keeps_each_pause_between_half_and_all_of_its_step() {
        assertThat(backoff(0.0).pauseAfter(3, null)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff(0.5).pauseAfter(3, null)).isEqualTo(Duration.ofMillis(300));
        assertThat(backoff(1.0).pauseAfter(3, null)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void a_retry_after_is_a_floor_for_the_pause_and_one_beyond_the_maximum_is_not_waited_for() {
        Backoff b = backoff(1.0);

        assertThat(b.pauseAfter(1, Duration.ofMillis(700))).isEqualTo(Duration.ofMillis(700));
        assertThat(b.pauseAfter(3, Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(400));
        assertThat(b.waitsFor(MAX)).isTrue();
        assertThat(b.waitsFor(MAX.plusMillis(1))).isFalse();
    }

    @Test
    void attempts_are_bounded_and_pauses_go_to_the_sleeper() {
        Backoff b = backoff(1.0);
        b.sleep(b.pauseAfter(2, null));

        assertThat(b.mayRetry(3)).isTrue();
        assertThat(b.mayRetry(4)).isFalse();
        assertThat(slept).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void a_policy_without_attempts_or_with_a_maximum_below_the_first_pause_is_refused() {
        assertThatThrownBy(() -> new Backoff(0, FIRST, MAX, d -> {}, () -> 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, MAX, FIRST, d -> {}, () -> 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
