package io.orgkit.core.sync;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A plan the guard held back; approve it with {@link Sync#approve(String)} using its {@link #planId()}.
 *
 * @param reason why the guard held it
 */
public record HeldPlan(String planId, Instant heldAt, String reason, Map<ChangeKind, Integer> counts) {
    public HeldPlan {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(heldAt, "heldAt");
        Objects.requireNonNull(reason, "reason");
        counts = ChangeKind.ordered(counts);
    }
}
