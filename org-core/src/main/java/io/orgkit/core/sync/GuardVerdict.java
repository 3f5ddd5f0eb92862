package io.orgkit.core.sync;

import io.orgkit.core.internal.Check;

/**
 * What the guard says about a plan.
 *
 * @param held   true when the plan is held back until approved
 * @param reason why (e.g. "would resign 40 of 120 active members (33%)"), empty when not held
 */
public record GuardVerdict(boolean held, String reason) {
    /** The guard lets the plan through. */
    public static final GuardVerdict PASS = new GuardVerdict(false, "");

    /**
     * Validates the verdict.
     *
     * @throws io.orgkit.core.ValidationException when the reason is missing
     */
    public GuardVerdict {
        Check.notNull(reason, "reason");
    }
}
