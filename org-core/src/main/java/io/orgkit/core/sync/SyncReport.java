package io.orgkit.core.sync;

import io.orgkit.core.internal.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a sync did.
 *
 * @param counts   changes stored, by kind (when held: nothing stored, see {@link #held()})
 * @param failures remote items left alone (see {@link SyncFailure})
 * @param apiCalls platform calls made
 * @param held     the held plan when the guard held it back, else null
 * @param kind     a full sync (the reconciliation) or changes only
 */
public record SyncReport(
        String planId,
        SyncOutcome outcome,
        Map<ChangeKind, Integer> counts,
        List<SyncFailure> failures,
        long apiCalls,
        Instant startedAt,
        Duration duration,
        @Nullable HeldPlan held,
        SyncKind kind) {
    /**
     * Validates the report, orders its counts and copies its failures.
     *
     * @throws io.orgkit.core.ValidationException when a required component is missing
     */
    public SyncReport {
        Check.notNull(kind, "kind");
        Check.notNull(planId, "planId");
        Check.notNull(outcome, "outcome");
        counts = ChangeKind.ordered(counts);
        failures = List.copyOf(failures);
        Check.notNull(startedAt, "startedAt");
        Check.notNull(duration, "duration");
    }

    /** A report of a full sync. */
    public SyncReport(
            String planId,
            SyncOutcome outcome,
            Map<ChangeKind, Integer> counts,
            List<SyncFailure> failures,
            long apiCalls,
            Instant startedAt,
            Duration duration,
            @Nullable HeldPlan held) {
        this(planId, outcome, counts, failures, apiCalls, startedAt, duration, held, SyncKind.FULL);
    }

    /**
     * Number of changes of one kind stored.
     *
     * @param kind the kind
     * @return how many, 0 when none
     */
    public int count(ChangeKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Total changes stored. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@return whether the guard held the plan back (nothing was stored)} */
    public boolean isHeld() {
        return held != null;
    }

    /**
     * Platform calls per month if a sync like this one ran every {@code reconciliationInterval}, plus
     * {@code changeCallsPerDay}; as {@link SyncState#projectedMonthlyCalls}, with the same caveats.
     *
     * @throws IllegalArgumentException when {@code changeCallsPerDay} is negative or the interval not positive
     */
    public long projectedMonthlyCalls(Duration reconciliationInterval, long changeCallsPerDay) {
        return CallProjection.monthlyCalls(apiCalls, reconciliationInterval, changeCallsPerDay);
    }

    @Override
    public String toString() {
        return "SyncReport[" + kind + ", " + outcome + ", " + counts + ", failures=" + failures.size() + ", apiCalls="
                + apiCalls + ", duration=" + duration.toMillis() + "ms"
                + (held != null ? ", held: " + held.reason() : "") + "]";
    }
}
