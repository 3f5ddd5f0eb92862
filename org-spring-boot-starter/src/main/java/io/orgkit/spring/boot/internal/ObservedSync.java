package io.orgkit.spring.boot.internal;

import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.sync.HeldPlan;
import io.orgkit.core.sync.Sync;
import io.orgkit.core.sync.SyncOptions;
import io.orgkit.core.sync.SyncPlan;
import io.orgkit.core.sync.SyncProgressListener;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.core.sync.SyncState;
import io.orgkit.spring.boot.SyncFinishedEvent.Operation;
import java.util.List;
import java.util.Optional;

/** Syncs that publish a {@link io.orgkit.spring.boot.SyncFinishedEvent} when they end. */
final class ObservedSync implements Sync {
    private final OrgId org;
    private final Sync delegate;
    private final Observer observer;

    ObservedSync(OrgId org, Sync delegate, Observer observer) {
        this.org = org;
        this.delegate = delegate;
        this.observer = observer;
    }

    @Override
    public SyncPlan dryRun() {
        return delegate.dryRun();
    }

    @Override
    public SyncReport run(SyncProgressListener progress) {
        return observer.sync(org, Operation.RUN, () -> delegate.run(progress));
    }

    @Override
    public SyncScope scope() {
        return delegate.scope();
    }

    @Override
    public SyncPlan dryRun(SyncScope scope) {
        return delegate.dryRun(scope);
    }

    @Override
    public SyncReport changeScope(SyncScope scope, SyncProgressListener progress) {
        return observer.sync(org, Operation.CHANGE_SCOPE, () -> delegate.changeScope(scope, progress));
    }

    @Override
    public SyncReport runChanges() {
        return observer.sync(org, Operation.RUN_CHANGES, delegate::runChanges);
    }

    @Override
    public SyncReport applyChanges(List<RemoteChange> changes) {
        return observer.sync(org, Operation.APPLY_CHANGES, () -> delegate.applyChanges(changes));
    }

    @Override
    public Optional<HeldPlan> heldPlan() {
        return delegate.heldPlan();
    }

    @Override
    public SyncReport approve(String planId, SyncProgressListener progress) {
        return observer.sync(org, Operation.APPROVE, () -> delegate.approve(planId, progress));
    }

    @Override
    public void discardHeldPlan() {
        delegate.discardHeldPlan();
    }

    @Override
    public Optional<SyncState> lastState() {
        return delegate.lastState();
    }

    @Override
    public Sync withOptions(SyncOptions options) {
        return new ObservedSync(org, delegate.withOptions(options), observer);
    }
}
