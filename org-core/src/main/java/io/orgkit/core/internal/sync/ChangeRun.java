package io.orgkit.core.internal.sync;

import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.HeldPlan;
import io.orgkit.core.sync.SyncFailure;
import io.orgkit.core.sync.SyncKind;
import io.orgkit.core.sync.SyncOptions;
import io.orgkit.core.sync.SyncOutcome;
import io.orgkit.core.sync.SyncPlan;
import io.orgkit.core.sync.SyncProgressListener;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.core.sync.SyncState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a batch of remote changes under the sync gate: drops stale ones (per-entity version), reads the slice of
 * the local state they touch ({@link LocalSlice}: indexed lookups, never the whole organization), lays the changes
 * over it, plans with the full sync's planner (the one remote-to-local mapping), guards, applies through the one
 * member write path, and records the versions with the last step.
 */
final class ChangeRun {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeRun.class);
    private final ServiceContext ctx;
    private final Organization org;
    private final SyncOptions options;
    private final Runnable checkpoint;
    private final Instant startedAt;
    private final long startNanos = System.nanoTime();

    ChangeRun(ServiceContext ctx, Organization org, SyncOptions options, Runnable checkpoint) {
        this.ctx = ctx;
        this.org = org;
        this.options = options;
        this.checkpoint = checkpoint;
        this.startedAt = ctx.clock().instant();
    }

    /** Applies {@code changes}; {@code apiCalls} were made to read them; {@code onApplied} runs in the last transaction. */
    SyncReport apply(List<RemoteChange> changes, long apiCalls, Consumer<io.orgkit.core.internal.Tx> onApplied) {
        List<RemoteChange> ordered = changes.stream()
                .sorted(Comparator.comparingLong(RemoteChange::version))
                .toList();
        List<RemoteChange> current = ctx.read(s -> ordered.stream()
                .filter(c -> ChangeVersions.isCurrent(s, org.id(), c))
                .toList());
        SyncScope scope = ctx.read(s -> SyncRecords.scope(s, org.id()));
        Instant now = ctx.clock().instant();
        LongSupplier active = once(() -> ctx.read(c -> c.countMembers(org.id(), false)));
        LongSupplier departments =
                once(() -> ctx.read(c -> (long) c.departments(org.id()).size()));
        Function<Set<MemberId>, LocalState> slice = leaving -> ctx.read(s ->
                LocalSlice.read(s, org.id(), current, ctx.memberWrites().rules(), now, active, departments, leaving));
        Planned result = planSlice(
                slice,
                org,
                current,
                scope,
                options,
                now,
                apiCalls,
                ctx.memberWrites().rules());
        SyncPlanner.Planned planned = result.planned();
        SyncPlan plan = planned.view();
        List<SyncFailure> failures = result.failures();
        Map<String, Long> versions = versions(current);
        if (plan.guard().held()) {
            return hold(plan, failures, apiCalls);
        }
        SyncOutcome outcome = plan.isEmpty() ? SyncOutcome.UNCHANGED : SyncOutcome.APPLIED;
        Consumer<io.orgkit.core.internal.Tx> last = tx -> {
            ChangeVersions.record(tx.session(), org.id(), versions);
            SyncRecords.putState(tx.session(), org.id(), state(outcome, plan.counts(), failures, apiCalls));
            onApplied.accept(tx);
        };
        if (plan.isEmpty()) {
            ctx.write(org.id(), tx -> {
                last.accept(tx);
                return null;
            });
        } else {
            new PlanApplier(ctx, org.id(), options, SyncProgressListener.NONE, checkpoint).apply(planned.plan(), last);
            LOG.info(
                    "Applied {} remote change(s) to organization '{}': {} ({} stale skipped)",
                    current.size(),
                    org.name(),
                    plan.counts(),
                    changes.size() - current.size());
        }
        return report(
                plan.id(),
                outcome,
                outcome == SyncOutcome.APPLIED ? plan.counts() : Map.of(),
                failures,
                apiCalls,
                null);
    }

    /** A batch's plan and every per-item failure (the overlay's, then the planner's). */
    record Planned(SyncPlanner.Planned planned, List<SyncFailure> failures) {}

    /**
     * Reads the slice of the organization {@code current} touches and plans them over it; when the plan resigns
     * members, the departments they manage join the slice and it is planned again (their manager posts end with
     * them, as in a plan of the whole organization).
     *
     * @throws io.orgkit.core.ConflictException when the organization was never synced in full
     */
    static Planned planSlice(
            Function<Set<MemberId>, LocalState> slice,
            Organization org,
            List<RemoteChange> current,
            SyncScope scope,
            SyncOptions options,
            Instant now,
            long apiCalls,
            io.orgkit.core.internal.members.MemberRules rules) {
        LocalState local = slice.apply(Set.of());
        if (local.root.externalId() == null) {
            throw new io.orgkit.core.ConflictException("organization '" + org.name() + "' was never synced in full,"
                    + " so changes cannot be placed; run sync().run() once first");
        }
        Planned planned = plan(local, current, scope, org.type(), options, now, apiCalls, rules);
        Set<MemberId> leaving = new LinkedHashSet<>();
        Plan p = planned.planned().plan();
        for (List<Plan.MemberWrite> writes : List.of(p.members, p.deferred)) {
            writes.stream()
                    .filter(Plan.MemberWrite::resign)
                    .forEach(w -> leaving.add(w.after().id()));
        }
        if (leaving.isEmpty()) {
            return planned;
        }
        return plan(slice.apply(leaving), current, scope, org.type(), options, now, apiCalls, rules);
    }

    /**
     * Plans {@code current} (oldest first, stale ones dropped) over {@code local}, the slice of the organization they
     * touch (or the whole of it: the same plan): the changes are laid over the local state turned back into a remote
     * picture, the sync scope keeps its part, and the full sync's planner maps it.
     */
    static Planned plan(
            LocalState local,
            List<RemoteChange> current,
            SyncScope scope,
            String providerType,
            SyncOptions options,
            Instant now,
            long apiCalls,
            io.orgkit.core.internal.members.MemberRules rules) {
        ChangeOverlay overlay = ChangeOverlay.of(local).apply(current, !scope.isAll());
        ScopeProjection.Result kept = ScopeProjection.project(overlay.snapshot(), scope);
        RemoteTree tree = RemoteTree.check(kept.snapshot(), providerType, kept.outside(), !scope.isAll());
        SyncPlanner.Planned planned = SyncPlanner.plan(local, tree, options, now, apiCalls, rules);
        List<SyncFailure> failures = new ArrayList<>(overlay.failures);
        failures.addAll(planned.view().failures());
        return new Planned(planned, failures);
    }

    /** Counts once per round, when first asked (a slice may be planned twice). */
    private static LongSupplier once(LongSupplier count) {
        long[] value = {-1};
        return () -> {
            if (value[0] < 0) {
                value[0] = count.getAsLong();
            }
            return value[0];
        };
    }

    private SyncReport hold(SyncPlan plan, List<SyncFailure> failures, long apiCalls) {
        HeldPlan held = new HeldPlan(
                plan.id(),
                ctx.clock().instant(),
                plan.guard().reason() + " (from platform"
                        + " changes; run sync().run() to review them with a full sync, then approve its plan)",
                plan.counts());
        ctx.write(org.id(), tx -> {
            SyncRecords.putHeld(tx.session(), org.id(), held);
            SyncRecords.putState(tx.session(), org.id(), state(SyncOutcome.HELD, Map.of(), failures, apiCalls));
            return null;
        });
        LOG.warn("Changes to organization '{}' held back: {}", org.name(), held.reason());
        return report(plan.id(), SyncOutcome.HELD, Map.of(), failures, apiCalls, held);
    }

    private static Map<String, Long> versions(List<RemoteChange> changes) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (RemoteChange c : changes) {
            if (c.version() > 0) {
                out.merge(ChangeVersions.key(c), c.version(), Math::max);
            }
        }
        return out;
    }

    private SyncState state(
            SyncOutcome outcome, Map<ChangeKind, Integer> counts, List<SyncFailure> failures, long apiCalls) {
        return new SyncState(ctx.clock().instant(), outcome, counts, failures.size(), apiCalls, elapsed(), null);
    }

    private SyncReport report(
            String planId,
            SyncOutcome outcome,
            Map<ChangeKind, Integer> counts,
            List<SyncFailure> failures,
            long apiCalls,
            @Nullable HeldPlan held) {
        return new SyncReport(
                planId, outcome, counts, failures, apiCalls, startedAt, elapsed(), held, SyncKind.CHANGES);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
