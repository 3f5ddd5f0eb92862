package io.orgkit.core.sync;

import java.util.List;
import java.util.Optional;

/**
 * Syncs one organization from its platform ({@code org.sync()}). One sync per organization runs at a time,
 * across every application instance sharing the store; a second one is refused with a
 * {@link io.orgkit.core.ConflictException}.
 *
 * <p>Errors: a fetch that fails throws {@link io.orgkit.core.ProviderException} and stores nothing; a remote
 * directory that is not a tree (a department whose parent is missing, two roots, a member in an unknown
 * department) throws {@link io.orgkit.core.ProviderException} with code {@code invalid-directory} and stores
 * nothing; a store failure while applying throws {@link io.orgkit.core.StorageException} saying how much was
 * stored (run the sync again to finish). Each ends up in {@link #lastState()} as FAILED.
 */
public interface Sync {

    /**
     * Fetches the platform's directory (the part the {@linkplain #scope() scope in effect} takes) and returns what a
     * sync would change; writes nothing.
     *
     * @throws io.orgkit.core.ProviderException when the platform cannot be read, its answer is not a tree, or it no
     *                                          longer has a department the scope includes (code {@code scope-unknown})
     */
    SyncPlan dryRun();

    /**
     * Fetches, plans and applies, unless the guard holds the plan back (then nothing is written).
     *
     * @throws io.orgkit.core.ConflictException when a sync of the organization is already running (here or in another
     *     instance)
     * @throws io.orgkit.core.ProviderException when the platform refuses or fails; nothing is stored
     */
    default SyncReport run() {
        return run(SyncProgressListener.NONE);
    }

    /**
     * Fetches, plans and applies, unless the guard holds the plan back (then nothing is written), telling {@code
     * progress} how far it is.
     *
     * @param progress receives progress on the calling thread
     * @return what the sync did
     * @throws io.orgkit.core.ConflictException when a sync of the organization is already running (here or in another
     *     instance)
     * @throws io.orgkit.core.ProviderException when the platform refuses or fails; nothing is stored
     */
    SyncReport run(SyncProgressListener progress);

    /**
     * Reads the platform's changes since the last sync from its delta feed and applies them, page by page, through
     * the same mapping, rules and guard as a full sync ({@link SyncReport#kind()} is CHANGES). Stale changes (older
     * than what was applied to the same member or department) are skipped. A burst of removals is held like a full
     * sync's plan. Platforms that push their changes instead (DingTalk) use {@code orgs.callbacks()}.
     *
     * @throws io.orgkit.core.ValidationException when the platform has no delta feed
     * @throws io.orgkit.core.ConflictException   when no full sync ran yet (it sets the starting point), or a sync
     *                                            of the organization is running
     * @throws io.orgkit.core.ProviderException   when the platform refuses; nothing of that page is applied
     */
    SyncReport runChanges();

    /**
     * Applies changes the host obtained itself (its own event feed), with the same checks as {@link #runChanges()}.
     *
     * @throws io.orgkit.core.ConflictException when no full sync ran yet or a sync of the organization is running
     * @throws io.orgkit.core.ProviderException when the changes do not form a consistent tree with the local state
     */
    SyncReport applyChanges(List<io.orgkit.core.spi.RemoteChange> changes);

    /**
     * The sync scope in effect: the platform departments this organization takes ({@link SyncScope#ALL} unless one
     * was set at creation or by {@link #changeScope(SyncScope)}). Full syncs, changes and callbacks all keep to it.
     */
    SyncScope scope();

    /**
     * What a full sync with {@code scope} instead of the scope in effect would change (members leaving the scope are
     * resigned, departments leaving it removed, new ones brought in); writes nothing.
     *
     * @throws io.orgkit.core.ValidationException (field {@code scope}) when the platform lacks a department the scope
     *                                            names, the root is excluded, or an exclusion lies outside every
     *                                            included department; the message names them
     * @throws io.orgkit.core.ProviderException   when the platform cannot be read
     */
    SyncPlan dryRun(SyncScope scope);

    /**
     * Changes the sync scope: checks it against the platform, then runs a full sync with it, like {@link #run()}.
     * The new scope takes effect with that sync's last step. When the guard holds the plan (narrowing the scope would
     * resign or remove many), nothing is written and the scope in effect stays; the held plan carries the new scope
     * ({@link HeldPlan#scope()}) and {@link #approve(String)} applies both.
     *
     * @throws io.orgkit.core.ValidationException (field {@code scope}) as {@link #dryRun(SyncScope)}; nothing is
     *                                            stored
     * @throws io.orgkit.core.ConflictException   when a sync of the organization is running (here or in another
     *                                            instance); nothing is stored
     * @throws io.orgkit.core.ProviderException   when the platform cannot be read; the scope in effect stays
     */
    default SyncReport changeScope(SyncScope scope) {
        return changeScope(scope, SyncProgressListener.NONE);
    }

    /**
     * {@link #changeScope(SyncScope)}, telling {@code progress} how the sync goes.
     *
     * @throws io.orgkit.core.ValidationException as {@link #changeScope(SyncScope)}
     * @throws io.orgkit.core.ConflictException   as {@link #changeScope(SyncScope)}
     * @throws io.orgkit.core.ProviderException   as {@link #changeScope(SyncScope)}
     */
    SyncReport changeScope(SyncScope scope, SyncProgressListener progress);

    /** The plan the guard is holding back, if any. */
    Optional<HeldPlan> heldPlan();

    /**
     * Approves the held plan {@code planId}: fetches again and applies if the plan is still the same (a plan held by
     * {@link #changeScope(SyncScope)} is fetched with its new scope, which takes effect with it). When the
     * platform changed in between, the new plan is held instead and a {@link io.orgkit.core.ConflictException}
     * asks to review it; an unknown id is refused with {@link io.orgkit.core.NotFoundException}.
     *
     * @throws io.orgkit.core.ProviderException when the platform refuses or fails; nothing is stored
     */
    default SyncReport approve(String planId) {
        return approve(planId, SyncProgressListener.NONE);
    }

    /**
     * Approves the held plan {@code planId} as {@link #approve(String)} does, telling {@code progress} how far it is.
     *
     * @param planId the held plan's id ({@link HeldPlan#planId()})
     * @param progress receives progress on the calling thread
     * @return what the sync did
     * @throws io.orgkit.core.NotFoundException when no plan with this id is held
     * @throws io.orgkit.core.ConflictException when the platform changed since (the new plan is held for review) or a
     *     sync is running
     * @throws io.orgkit.core.ProviderException when the platform refuses or fails; nothing is stored
     */
    SyncReport approve(String planId, SyncProgressListener progress);

    /** Drops the held plan without applying it; does nothing when none is held. */
    void discardHeldPlan();

    /** The last sync's outcome, if the organization was ever synced. */
    Optional<SyncState> lastState();

    /** The same sync with other options (guard thresholds, batch size, lease). */
    Sync withOptions(SyncOptions options);
}
