package io.orgkit.benchmarks.dingtalk;

import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.sync.CallProjection;
import io.orgkit.provider.dingtalk.DepartmentDetail;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.provider.dingtalk.DingTalkProvider;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.time.Duration;
import java.util.Map;

/**
 * Quota planning for DingTalk's free edition (10,000 calls a month): measures what one full sync of a generated
 * 10,000-member / 500-department enterprise costs with each department strategy (calls the simulator charges to
 * the quota; token calls are free), then finds the most frequent reconciliation that, together with callbacks
 * for 1 % daily member churn (one {@code user/get} per changed member) and a few department changes, stays within
 * the quota, and checks it with {@link CallProjection}.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.orgkit.benchmarks.dingtalk.QuotaPlan
 * </pre>
 */
public final class QuotaPlan {
    static final long QUOTA = 10_000;
    static final int MEMBERS = 10_000;
    static final int DEPARTMENTS = 500;
    static final double DAILY_CHURN = 0.01;
    /** Department callbacks a day (department/get each); an assumption, stated in the output. */
    static final int DEPARTMENT_CHANGES_PER_DAY = 2;

    private QuotaPlan() {}

    public static void main(String[] args) {
        long changeCallsPerDay = Math.round(MEMBERS * DAILY_CHURN) + DEPARTMENT_CHANGES_PER_DAY;
        System.out.printf(
                "Enterprise: %d members, %d departments; callbacks cost %d calls/day (%d member + %d"
                        + " department changes), %d a month%n",
                MEMBERS,
                DEPARTMENTS,
                changeCallsPerDay,
                Math.round(MEMBERS * DAILY_CHURN),
                DEPARTMENT_CHANGES_PER_DAY,
                changeCallsPerDay * CallProjection.DAYS_PER_MONTH);
        try (DingTalkSimulator sim = DingTalkSimulator.start().generate(2026, DEPARTMENTS, MEMBERS, 6)) {
            for (DepartmentDetail detail : DepartmentDetail.values()) {
                plan(sim, detail, changeCallsPerDay);
            }
        }
    }

    private static void plan(DingTalkSimulator sim, DepartmentDetail detail, long changeCallsPerDay) {
        sim.resetCounters();
        try (DirectorySource source = new DingTalkProvider().openDirectory(settings(sim, detail))) {
            source.fetchAll(new DingTalkFixture.Counter());
        }
        long perSync = sim.quotaUsed();
        long left = QUOTA - changeCallsPerDay * CallProjection.DAYS_PER_MONTH;
        long runs = Math.max(0, left / perSync);
        Duration interval =
                runs == 0 ? Duration.ZERO : Duration.ofHours((CallProjection.DAYS_PER_MONTH * 24L + runs - 1) / runs);
        while (runs > 0 && CallProjection.monthlyCalls(perSync, interval, changeCallsPerDay) > QUOTA) {
            interval = interval.plusHours(1);
        }
        System.out.printf(
                "%s: one full sync = %d charged calls (%s by path); reconciliation every %s -> %d calls"
                        + " a month of %d%n",
                detail,
                perSync,
                sim.callsByPath(),
                interval.isZero() ? "never (over quota)" : interval.toHours() + " h",
                interval.isZero() ? -1 : CallProjection.monthlyCalls(perSync, interval, changeCallsPerDay),
                QUOTA);
    }

    private static ProviderSettings settings(DingTalkSimulator sim, DepartmentDetail detail) {
        return DingTalkFixture.settings(sim, Map.of(DingTalk.DEPARTMENT_DETAIL, detail.name()));
    }
}
