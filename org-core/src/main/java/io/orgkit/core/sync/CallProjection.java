package io.orgkit.core.sync;

import java.time.Duration;

/**
 * Platform calls per month for a sync schedule: a full sync (the reconciliation) every
 * {@code reconciliationInterval}, plus the calls that applying changes costs per day (e.g. one DingTalk
 * {@code user/get} per member a callback names). A month is {@value #DAYS_PER_MONTH} days; a reconciliation that
 * starts within the month counts whole. Compare the result with the platform's monthly quota (DingTalk's free
 * edition: 10,000 calls). See {@code docs/sync.md}, "Quota planning".
 */
public final class CallProjection {
    /** The days of a month in every projection. */
    public static final int DAYS_PER_MONTH = 30;

    private CallProjection() {}

    /**
     * The projected calls of one month.
     *
     * @param callsPerFullSync  what one full sync costs (e.g. {@link SyncState#apiCalls()} of a full sync)
     * @param changeCallsPerDay calls spent on changes per day; 0 without callbacks
     * @throws IllegalArgumentException when a count is negative or the interval is not positive
     */
    public static long monthlyCalls(long callsPerFullSync, Duration reconciliationInterval, long changeCallsPerDay) {
        if (callsPerFullSync < 0 || changeCallsPerDay < 0) {
            throw new IllegalArgumentException("call counts must not be negative");
        }
        if (reconciliationInterval.isNegative() || reconciliationInterval.isZero()) {
            throw new IllegalArgumentException(
                    "the reconciliation interval must be positive, was " + reconciliationInterval);
        }
        Duration month = Duration.ofDays(DAYS_PER_MONTH);
        long runs = (month.toMillis() + reconciliationInterval.toMillis() - 1) / reconciliationInterval.toMillis();
        return Math.addExact(
                Math.multiplyExact(runs, callsPerFullSync),
                Math.multiplyExact((long) DAYS_PER_MONTH, changeCallsPerDay));
    }
}
