package io.orgkit.core.internal.sync;

import io.orgkit.core.ConflictException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.OrgOps;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.ChangePage;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.sync.SyncOptions;
import io.orgkit.core.sync.SyncOutcome;
import io.orgkit.core.sync.SyncReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a delta feed from the stored cursor and applies it page by page; the cursor moves with each page applied. */
final class ChangePull {
    /** Most pages one run reads; the rest waits for the next run. */
    static final int MAX_PAGES = 100;

    private final ServiceContext ctx;
    private final Organization org;
    private final SyncOptions options;
    private final Runnable checkpoint;

    ChangePull(ServiceContext ctx, Organization org, SyncOptions options, Runnable checkpoint) {
        this.ctx = ctx;
        this.org = org;
        this.options = options;
        this.checkpoint = checkpoint;
    }

    SyncReport run() {
        OrganizationProvider provider = DirectoryFetch.provider(ctx, org);
        String stored = ctx.read(s -> SyncRecords.cursor(s, org.id())).orElse(null);
        List<SyncReport> reports = new ArrayList<>();
        try (DirectorySource source = provider.openDirectory(OrgOps.settings(ctx, org))) {
            if (stored == null) {
                throw source.changesSince(null).isPresent()
                        ? new ConflictException("organization '" + org.name()
                                + "' has no change cursor yet; run sync().run() once: a full sync sets the starting point of"
                                + " the changes")
                        : noFeed(provider);
            }
            String cursor = stored;
            for (int page = 0; page < MAX_PAGES; page++) {
                ChangePage changes = source.changesSince(cursor).orElseThrow(() -> noFeed(provider));
                String next = changes.cursor();
                SyncReport report = new ChangeRun(ctx, org, options, checkpoint)
                        .apply(
                                changes.changes(),
                                source.apiCalls(),
                                tx -> SyncRecords.putCursor(tx.session(), org.id(), next));
                reports.add(report);
                cursor = next;
                if (report.isHeld() || !changes.more()) {
                    break;
                }
            }
        }
        return merge(reports);
    }

    private static ValidationException noFeed(OrganizationProvider provider) {
        return ValidationException.of(
                "type",
                provider.displayName() + " has no delta feed; its changes arrive by"
                        + " callback (orgs.callbacks()) or by a full sync (sync().run())");
    }

    private static SyncReport merge(List<SyncReport> reports) {
        SyncReport last = reports.get(reports.size() - 1);
        Map<io.orgkit.core.sync.ChangeKind, Integer> counts = new EnumMap<>(io.orgkit.core.sync.ChangeKind.class);
        List<io.orgkit.core.sync.SyncFailure> failures = new ArrayList<>();
        boolean applied = false;
        for (SyncReport r : reports) {
            r.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
            failures.addAll(r.failures());
            applied |= r.outcome() == SyncOutcome.APPLIED;
        }
        SyncOutcome outcome = last.isHeld() ? SyncOutcome.HELD : applied ? SyncOutcome.APPLIED : SyncOutcome.UNCHANGED;
        return new SyncReport(
                last.planId(),
                outcome,
                counts,
                failures,
                last.apiCalls(),
                reports.get(0).startedAt(),
                last.duration(),
                last.held(),
                last.kind());
    }
}
