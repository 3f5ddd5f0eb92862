package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallProjectionTest {

    @Test
    void a_weekly_reconciliation_counts_five_runs_in_a_thirty_day_month_plus_the_daily_change_calls() {
        assertThat(CallProjection.monthlyCalls(1_000, Duration.ofDays(7), 100)).isEqualTo(5 * 1_000 + 30 * 100);
        assertThat(CallProjection.monthlyCalls(1_000, Duration.ofDays(1), 0)).isEqualTo(30_000);
        assertThat(CallProjection.monthlyCalls(1_000, Duration.ofDays(45), 0)).isEqualTo(1_000);
    }

    @Test
    void the_last_state_projects_from_its_own_call_count() {
        SyncState state =
                new SyncState(Instant.EPOCH, SyncOutcome.APPLIED, Map.of(), 0, 1_520, Duration.ofSeconds(90), null);

        assertThat(state.projectedMonthlyCalls(Duration.ofDays(10), 100)).isEqualTo(3 * 1_520 + 3_000);
    }

    @Test
    void a_negative_count_or_a_non_positive_interval_is_refused() {
        assertThatThrownBy(() -> CallProjection.monthlyCalls(-1, Duration.ofDays(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallProjection.monthlyCalls(1, Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallProjection.monthlyCalls(1, Duration.ofDays(1), -5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
