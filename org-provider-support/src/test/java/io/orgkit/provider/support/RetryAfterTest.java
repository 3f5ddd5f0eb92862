package io.orgkit.provider.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void seconds_are_read_as_a_pause() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void an_http_date_is_read_as_the_time_until_then_and_a_past_one_as_no_pause() {
        assertThat(RetryAfter.parse("Mon, 30 Nov 2026 08:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 08:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void an_absent_unreadable_negative_or_overlong_value_is_ignored() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("9".repeat(41), NOW)).isEmpty();
        assertThat(RetryAfter.parse("99999999999", NOW)).isEmpty();
    }
}
