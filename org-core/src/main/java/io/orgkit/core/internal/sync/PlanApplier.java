package io.orgkit.core.internal.sync;

import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.internal.Tx;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.SyncOptions;
import io.orgkit.core.sync.SyncProgress;
import io.orgkit.core.sync.SyncProgressListener;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies a plan in store transactions: departments (parents before children), members in batches, then
 * managers and department removals (children first) with the {@code SyncCompleted} event. Every committed
 * step leaves a consistent tree; a store failure stops the run with what was stored so far in {@link #applied()}.
 */
final class PlanApplier {
    private final ServiceContext ctx;
    private final OrgId org;
    private final SyncOptions options;
    private final SyncProgressListener progress;
    private final Runnable checkpoint;
    private final Map<ChangeKind, Integer> applied = new EnumMap<>(ChangeKind.class);
    private long done;
    private long total;

    PlanApplier(
            ServiceContext ctx, OrgId org, SyncOptions options, SyncProgressListener progress, Runnable checkpoint) {
        this.ctx = ctx;
        this.org = org;
        this.options = options;
        this.progress = progress;
        this.checkpoint = checkpoint;
    }

    /** Applies {@code plan}; {@code last} runs inside the final transaction (sync state, held plan). */
    void apply(Plan plan, Consumer<Tx> last) {
        total = plan.workItems();
        if (!plan.departments.isEmpty()) {
            step(plan.departments.size(), tx -> new DepartmentWriter(tx, org).write(plan.departments), kinds(plan));
        }
        List<Plan.MemberWrite> members = plan.members;
        for (int from = 0; from < members.size(); from += options.batchSize()) {
            List<Plan.MemberWrite> batch = members.subList(from, Math.min(members.size(), from + options.batchSize()));
            step(
                    batch.size(),
                    tx -> new MemberWriter(tx, org, ctx.memberWrites()).write(batch, false),
                    memberKinds(batch));
        }
        step(
                plan.deferred.size() + plan.managers.size() + plan.removals.size(),
                tx -> finish(tx, plan, last),
                lastKinds(plan));
    }

    /** The last transaction: swapped unique values, managers, removals (children first), SyncCompleted. */
    private void finish(Tx tx, Plan plan, Consumer<Tx> last) {
        new MemberWriter(tx, org, ctx.memberWrites()).write(plan.deferred, true);
        DepartmentWriter departments = new DepartmentWriter(tx, org);
        departments.managers(plan.managers);
        departments.remove(plan.removals);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        plan.changes.forEach(c -> counts.merge(c.kind().name(), 1, Integer::sum));
        tx.emit(new OrgEvent.SyncCompleted(org, tx.now(), counts));
        last.accept(tx);
    }

    private void step(int items, Consumer<Tx> work, Map<ChangeKind, Integer> kinds) {
        checkpoint.run();
        ctx.write(org, tx -> {
            work.accept(tx);
            return null;
        });
        kinds.forEach((k, n) -> applied.merge(k, n, Integer::sum));
        done += items;
        Progress.tell(progress, new SyncProgress(SyncProgress.Phase.APPLYING, done, total));
    }

    private static Map<ChangeKind, Integer> kinds(Plan plan) {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        plan.departments.forEach(w -> w.kinds().forEach(k -> counts.merge(k, 1, Integer::sum)));
        return counts;
    }

    private static Map<ChangeKind, Integer> memberKinds(List<Plan.MemberWrite> writes) {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        writes.forEach(w -> w.kinds().forEach(k -> counts.merge(k, 1, Integer::sum)));
        return counts;
    }

    private static Map<ChangeKind, Integer> lastKinds(Plan plan) {
        Map<ChangeKind, Integer> counts = new EnumMap<>(memberKinds(plan.deferred));
        if (!plan.removals.isEmpty()) {
            counts.merge(ChangeKind.DEPARTMENT_REMOVED, plan.removals.size(), Integer::sum);
        }
        if (plan.managerChanges > 0) {
            counts.merge(ChangeKind.DEPARTMENT_UPDATED, plan.managerChanges, Integer::sum);
        }
        return counts;
    }

    /** Changes stored so far, by kind. */
    Map<ChangeKind, Integer> applied() {
        return Map.copyOf(applied);
    }
}
