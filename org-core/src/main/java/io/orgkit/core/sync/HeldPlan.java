package io.orgkit.core.sync;

import io.orgkit.core.internal.Check;
import java.time.Instant;
import java.util.Map;

/**
 * A plan the guard held back; approve it with {@link Sync#approve(String)} using its {@link #planId()}.
 *
 * @param reason why the guard held it
 */
public record HeldPlan(String planId, Instant heldAt, String reason, Map<ChangeKind, Integer> counts) {
    /**
     * Validates the plan and orders its counts.
     *
     * @throws io.orgkit.core.ValidationException when the plan id, time or reason is missing
     */
    public HeldPlan {
        Check.notNull(planId, "planId");
        Check.notNull(heldAt, "heldAt");
        Check.notNull(reason, "reason");
        counts = ChangeKind.ordered(counts);
    }
}
