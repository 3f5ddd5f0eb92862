package io.orgkit.core.sync;

import io.orgkit.core.internal.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The last sync of an organization, kept in the store (so every instance sees it).
 *
 * @param counts   changes stored, by kind (for a failed run: what was stored before the failure)
 * @param failures number of remote items left alone
 * @param error    what went wrong when {@code outcome} is FAILED, else null
 */
public record SyncState(
        Instant finishedAt,
        SyncOutcome outcome,
        Map<ChangeKind, Integer> counts,
        int failures,
        long apiCalls,
        Duration duration,
        @Nullable String error) {
    /**
     * Validates the state and orders its counts.
     *
     * @throws io.orgkit.core.ValidationException when a required component is missing
     */
    public SyncState {
        Check.notNull(finishedAt, "finishedAt");
        Check.notNull(outcome, "outcome");
        counts = ChangeKind.ordered(counts);
        Check.notNull(duration, "duration");
    }

    /**
     * Platform calls per month if a sync like this one ran every {@code reconciliationInterval} and applying
     * changes cost {@code changeCallsPerDay} more (see {@link CallProjection}). It takes {@link #apiCalls()} as the
     * cost of one reconciliation, so it is meaningful after a successful full sync; it counts token calls too,
     * which some platforms (DingTalk) do not charge to the quota, so it errs high.
     *
     * @throws IllegalArgumentException when {@code changeCallsPerDay} is negative or the interval not positive
     */
    public long projectedMonthlyCalls(Duration reconciliationInterval, long changeCallsPerDay) {
        return CallProjection.monthlyCalls(apiCalls, reconciliationInterval, changeCallsPerDay);
    }
}
