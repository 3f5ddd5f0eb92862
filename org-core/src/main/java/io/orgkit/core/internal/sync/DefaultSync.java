package io.orgkit.core.internal.sync;

import io.orgkit.core.NotFoundException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.internal.OrgOps;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.sync.HeldPlan;
import io.orgkit.core.sync.Sync;
import io.orgkit.core.sync.SyncOptions;
import io.orgkit.core.sync.SyncPlan;
import io.orgkit.core.sync.SyncProgress;
import io.orgkit.core.sync.SyncProgressListener;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.core.sync.SyncState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The {@link Sync} of one synced organization. */
public final class DefaultSync implements Sync {
    private final ServiceContext ctx;
    private final OrgId org;
    private final SyncOptions options;

    private DefaultSync(ServiceContext ctx, OrgId org, SyncOptions options) {
        this.ctx = ctx;
        this.org = org;
        this.options = options;
    }

    /** The sync of {@code org}; refused for a generic organization, which has nothing to sync from. */
    public static Sync of(ServiceContext ctx, OrgId org) {
        Organization o = ctx.read(s -> Guard.organization(s, org));
        if (!o.isSynced()) {
            throw ValidationException.of(
                    "type",
                    "organization '" + o.name() + "' is a generic organization,"
                            + " maintained here; only organizations synced from a platform (DingTalk, WeCom, Teams, ...) have"
                            + " a sync");
        }
        return new DefaultSync(ctx, org, SyncOptions.DEFAULTS);
    }

    @Override
    public SyncPlan dryRun() {
        return plan(scope());
    }

    @Override
    public SyncPlan dryRun(SyncScope scope) {
        Check.notNull(scope, "scope");
        validate(organization(), scope);
        return plan(scope);
    }

    private SyncPlan plan(SyncScope scope) {
        Organization o = organization();
        DirectoryFetch fetch = unwrap(() -> DirectoryFetch.run(ctx, o, SyncProgressListener.NONE, scope));
        LocalState local = ctx.read(s -> LocalState.read(s, org));
        return SyncPlanner.plan(
                        local,
                        fetch.tree(),
                        options,
                        ctx.clock().instant(),
                        fetch.apiCalls(),
                        ctx.memberWrites().rules())
                .view();
    }

    private void validate(Organization o, SyncScope scope) {
        ScopeCheck.validate(DirectoryFetch.provider(ctx, o), OrgOps.settings(ctx, o), scope);
    }

    @Override
    public SyncScope scope() {
        return ctx.read(s -> SyncRecords.scope(s, org));
    }

    @Override
    public SyncReport changeScope(SyncScope scope, SyncProgressListener progress) {
        Check.notNull(scope, "scope");
        Objects.requireNonNull(progress, "progress");
        Organization o = organization();
        validate(o, scope);
        return runGated(progress, null, scope);
    }

    @Override
    public SyncReport run(SyncProgressListener progress) {
        return runGated(progress, null, null);
    }

    @Override
    public SyncReport approve(String planId, SyncProgressListener progress) {
        Objects.requireNonNull(planId, "planId");
        HeldPlan held = heldPlan()
                .orElseThrow(() -> new NotFoundException("no sync plan is held for organization '"
                        + organization().name() + "'; run sync().run() to plan again"));
        if (!held.planId().equals(planId)) {
            throw new NotFoundException("sync plan " + planId + " is not the held plan of organization '"
                    + organization().name() + "' (held: " + held.planId() + "); review sync().heldPlan()");
        }
        return runGated(progress, planId, held.scope());
    }

    /** A full sync under the gate; with {@code newScope} it changes the scope, else it keeps the scope in effect. */
    private SyncReport runGated(
            SyncProgressListener progress, @Nullable String approved, @Nullable SyncScope newScope) {
        Organization o = organization();
        try (SyncGate gate = SyncGate.enter(ctx.store().leases(), org, o.name(), options.leaseTtl())) {
            SyncScope scope = newScope != null ? newScope : scope();
            SyncReport report =
                    new SyncRun(ctx, o, options, progress, gate::check, scope, newScope != null).execute(approved);
            Progress.tell(progress, new SyncProgress(SyncProgress.Phase.DONE, report.total(), report.total()));
            return report;
        }
    }

    @Override
    public SyncReport runChanges() {
        Organization o = organization();
        try (SyncGate gate = SyncGate.enter(ctx.store().leases(), org, o.name(), options.leaseTtl())) {
            return new ChangePull(ctx, o, options, gate::check).run();
        }
    }

    @Override
    public SyncReport applyChanges(List<RemoteChange> changes) {
        return applyRead(List.copyOf(changes), 0);
    }

    /** Applies changes read from the platform with {@code apiCalls} calls (callbacks), under the sync gate. */
    public SyncReport applyRead(List<RemoteChange> changes, long apiCalls) {
        Organization o = organization();
        try (SyncGate gate = SyncGate.enter(ctx.store().leases(), org, o.name(), options.leaseTtl())) {
            return new ChangeRun(ctx, o, options, gate::check).apply(changes, apiCalls, tx -> {});
        }
    }

    @Override
    public Optional<HeldPlan> heldPlan() {
        return ctx.read(s -> SyncRecords.held(s, org));
    }

    @Override
    public void discardHeldPlan() {
        if (heldPlan().isPresent()) {
            ctx.write(org, tx -> {
                SyncRecords.putHeld(tx.session(), org, null);
                return null;
            });
        }
    }

    @Override
    public Optional<SyncState> lastState() {
        return ctx.read(s -> SyncRecords.state(s, org));
    }

    @Override
    public Sync withOptions(SyncOptions newOptions) {
        return new DefaultSync(ctx, org, Objects.requireNonNull(newOptions, "options"));
    }

    private Organization organization() {
        return ctx.read(s -> Guard.organization(s, org));
    }

    /** The provider of {@code org}'s type; refused with a ProviderException naming the known types when missing. */
    public static io.orgkit.core.spi.OrganizationProvider provider(ServiceContext ctx, Organization org) {
        return DirectoryFetch.provider(ctx, org);
    }

    static <T> T unwrap(java.util.function.Supplier<T> fetch) {
        try {
            return fetch.get();
        } catch (DirectoryFetch.Failed e) {
            throw e.providerException();
        }
    }

    @Override
    public String toString() {
        return "Sync[" + org + ", " + options + "]";
    }
}
