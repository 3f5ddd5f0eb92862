package io.orgkit.core.sync;

import io.orgkit.core.internal.Check;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plan the guard held back; approve it with {@link Sync#approve(String)} using its {@link #planId()}.
 *
 * @param reason why the guard held it
 * @param scope  the sync scope the plan syncs to when it comes from {@link Sync#changeScope(SyncScope)} (it takes
 *               effect when the plan is approved); null for a plan of the scope in effect
 */
public record HeldPlan(
        String planId,
        Instant heldAt,
        String reason,
        Map<ChangeKind, Integer> counts,
        @Nullable SyncScope scope) {
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

    /** A held plan of the scope in effect. */
    public HeldPlan(String planId, Instant heldAt, String reason, Map<ChangeKind, Integer> counts) {
        this(planId, heldAt, reason, counts, null);
    }
}
