package io.orgkit.core.internal.sync;

import io.orgkit.core.ConflictException;
import io.orgkit.core.StorageException;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.HeldPlan;
import io.orgkit.core.sync.SyncOptions;
import io.orgkit.core.sync.SyncOutcome;
import io.orgkit.core.sync.SyncPlan;
import io.orgkit.core.sync.SyncProgress;
import io.orgkit.core.sync.SyncProgressListener;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.core.sync.SyncState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One sync run under the gate: fetch, plan, guard, apply, record the state. */
final class SyncRun {
    private static final Logger LOG = LoggerFactory.getLogger(SyncRun.class);
    private final ServiceContext ctx;
    private final Organization org;
    private final SyncOptions options;
    private final SyncProgressListener progress;
    private final Runnable checkpoint;
    private final Instant startedAt;
    private final long startNanos = System.nanoTime();
    private long apiCalls;
    private @Nullable String startCursor;
    private final SyncScope scope;
    private final boolean scopeChange;

    /**
     * A run with {@code scope}; when {@code scopeChange}, the scope is stored with the run's last step (or kept with
     * the held plan until it is approved).
     */
    SyncRun(
            ServiceContext ctx,
            Organization org,
            SyncOptions options,
            SyncProgressListener progress,
            Runnable checkpoint,
            SyncScope scope,
            boolean scopeChange) {
        this.scope = scope;
        this.scopeChange = scopeChange;
        this.ctx = ctx;
        this.org = org;
        this.options = options;
        this.progress = progress;
        this.checkpoint = checkpoint;
        this.startedAt = ctx.clock().instant();
    }

    SyncReport execute(@Nullable String approved) {
        DirectoryFetch fetch = fetch();
        Progress.tell(progress, new SyncProgress(SyncProgress.Phase.PLANNING, 0, 1));
        LocalState local = ctx.read(s -> LocalState.read(s, org.id()));
        SyncPlanner.Planned planned = SyncPlanner.plan(
                local,
                fetch.tree(),
                options,
                ctx.clock().instant(),
                apiCalls,
                ctx.memberWrites().rules());
        SyncPlan plan = planned.view();
        Progress.tell(progress, new SyncProgress(SyncProgress.Phase.PLANNING, 1, 1));
        if (plan.guard().held() && !plan.id().equals(approved)) {
            return hold(plan, approved);
        }
        startCursor = fetch.startCursor();
        if (plan.isEmpty()) {
            record(SyncOutcome.UNCHANGED, Map.of(), plan.failures().size(), null, null);
            return report(plan, SyncOutcome.UNCHANGED, Map.of(), null);
        }
        return apply(planned);
    }

    private DirectoryFetch fetch() {
        try {
            DirectoryFetch fetch = DirectoryFetch.run(ctx, org, progress, scope);
            apiCalls = fetch.apiCalls();
            return fetch;
        } catch (DirectoryFetch.Failed e) {
            apiCalls = e.apiCalls;
            record(SyncOutcome.FAILED, Map.of(), 0, e.getMessage(), null);
            throw e.providerException();
        }
    }

    private SyncReport hold(SyncPlan plan, @Nullable String approved) {
        HeldPlan held = new HeldPlan(
                plan.id(),
                ctx.clock().instant(),
                plan.guard().reason() + (scopeChange ? " (changing the sync scope to " + scope + ")" : ""),
                plan.counts(),
                scopeChange ? scope : null);
        record(SyncOutcome.HELD, Map.of(), plan.failures().size(), null, held);
        LOG.warn(
                "Sync of organization '{}' held back: {} (plan {}); approve it with sync().approve(\"{}\")",
                org.name(),
                held.reason(),
                held.planId(),
                held.planId());
        if (approved != null) {
            throw new ConflictException("the platform's directory changed since plan " + approved + " was held; the"
                    + " new plan " + plan.id() + " is held instead (" + held.reason() + "); review it with"
                    + " sync().dryRun() and approve " + plan.id() + " if it is right");
        }
        return report(plan, SyncOutcome.HELD, Map.of(), held);
    }

    private SyncReport apply(SyncPlanner.Planned planned) {
        SyncPlan plan = planned.view();
        PlanApplier applier = new PlanApplier(ctx, org.id(), options, progress, checkpoint);
        try {
            applier.apply(planned.plan(), tx -> {
                SyncRecords.putHeld(tx.session(), org.id(), null);
                SyncRecords.putCursor(tx.session(), org.id(), startCursor);
                if (scopeChange) {
                    SyncRecords.putScope(tx.session(), org.id(), scope);
                }
                SyncRecords.putState(
                        tx.session(),
                        org.id(),
                        state(
                                SyncOutcome.APPLIED,
                                plan.counts(),
                                plan.failures().size(),
                                null));
            });
        } catch (RuntimeException e) {
            throw failedWhileApplying(plan, applier.applied(), e);
        }
        LOG.info(
                "Synced organization '{}': {} ({} failure(s), {} platform call(s), {} ms)",
                org.name(),
                plan.counts(),
                plan.failures().size(),
                apiCalls,
                elapsed().toMillis());
        return report(plan, SyncOutcome.APPLIED, plan.counts(), null);
    }

    private RuntimeException failedWhileApplying(SyncPlan plan, Map<ChangeKind, Integer> applied, RuntimeException e) {
        int stored = applied.values().stream().mapToInt(Integer::intValue).sum();
        String message = "the sync of organization '" + org.name() + "' stopped after storing " + stored + " of "
                + plan.changes().size() + " change(s) (" + e.getMessage() + "); what is stored is a consistent"
                + " tree; sync again to finish";
        record(SyncOutcome.FAILED, applied, plan.failures().size(), message, null);
        LOG.warn("{}", message, e);
        return e instanceof ConflictException ? e : new StorageException(message, e);
    }

    private void record(
            SyncOutcome outcome,
            Map<ChangeKind, Integer> counts,
            int failures,
            @Nullable String error,
            @Nullable HeldPlan held) {
        SyncState state = state(outcome, counts, failures, error);
        try {
            ctx.write(org.id(), tx -> {
                if (held != null || outcome == SyncOutcome.UNCHANGED) {
                    SyncRecords.putHeld(tx.session(), org.id(), held);
                }
                if (outcome == SyncOutcome.UNCHANGED) {
                    SyncRecords.putCursor(tx.session(), org.id(), startCursor);
                    if (scopeChange) {
                        SyncRecords.putScope(tx.session(), org.id(), scope);
                    }
                }
                SyncRecords.putState(tx.session(), org.id(), state);
                return null;
            });
        } catch (RuntimeException e) {
            if (scopeChange && outcome == SyncOutcome.UNCHANGED) {
                throw e; // the new scope was not stored: the caller must know
            }
            LOG.warn("Could not record the sync state of organization '{}' ({})", org.name(), outcome, e);
        }
    }

    private SyncState state(
            SyncOutcome outcome, Map<ChangeKind, Integer> counts, int failures, @Nullable String error) {
        return new SyncState(ctx.clock().instant(), outcome, counts, failures, apiCalls, elapsed(), error);
    }

    private SyncReport report(
            SyncPlan plan, SyncOutcome outcome, Map<ChangeKind, Integer> counts, @Nullable HeldPlan held) {
        return new SyncReport(
                plan.id(), outcome, counts, List.copyOf(plan.failures()), apiCalls, startedAt, elapsed(), held);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
