package io.orgkit.spring.boot.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.spring.boot.ImportFinishedEvent;
import io.orgkit.spring.boot.SyncFinishedEvent;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;

/**
 * Micrometer meters of syncs and imports, recorded from {@link SyncFinishedEvent} and {@link ImportFinishedEvent}.
 * Every meter is tagged with the organization's id ({@code org}); there are as many series as organizations.
 */
public final class OrgKitMetrics {
    public static final String SYNC_DURATION = "orgkit.sync.duration";
    public static final String SYNC_API_CALLS = "orgkit.sync.api.calls";
    public static final String SYNC_CHANGES = "orgkit.sync.changes";
    public static final String SYNC_FAILURES = "orgkit.sync.failures";
    public static final String IMPORT_ROWS = "orgkit.import.rows";
    public static final String IMPORT_ERRORS = "orgkit.import.errors";

    private final ObjectProvider<MeterRegistry> registries;

    public OrgKitMetrics(ObjectProvider<MeterRegistry> registries) {
        this.registries = registries;
    }

    @EventListener
    public void onSync(SyncFinishedEvent e) {
        MeterRegistry registry = registries.getIfAvailable();
        if (registry == null) {
            return;
        }
        String org = e.orgId().value();
        String operation = e.operation().name().toLowerCase(Locale.ROOT);
        SyncReport r = e.report();
        String outcome = r == null ? "error" : r.outcome().name().toLowerCase(Locale.ROOT);
        Timer.builder(SYNC_DURATION)
                .description("Time a sync took, by organization, operation and outcome")
                .tags("org", org, "operation", operation, "outcome", outcome)
                .register(registry)
                .record(e.elapsed());
        if (r == null) {
            registry.counter(SYNC_FAILURES, "org", org, "kind", "run").increment();
            return;
        }
        registry.counter(SYNC_API_CALLS, "org", org).increment(r.apiCalls());
        r.counts()
                .forEach((kind, n) -> registry.counter(
                                SYNC_CHANGES, "org", org, "kind", kind.name().toLowerCase(Locale.ROOT))
                        .increment(n));
        if (!r.failures().isEmpty()) {
            registry.counter(SYNC_FAILURES, "org", org, "kind", "item")
                    .increment(r.failures().size());
        }
    }

    @EventListener
    public void onImport(ImportFinishedEvent e) {
        MeterRegistry registry = registries.getIfAvailable();
        if (registry == null) {
            return;
        }
        String org = e.orgId().value();
        ImportResult r = e.result();
        if (r == null) {
            registry.counter(IMPORT_ERRORS, "org", org, "kind", "file").increment();
            return;
        }
        rows(registry, org, "created", r.created());
        rows(registry, org, "updated", r.updated());
        rows(registry, org, "skipped", r.skipped());
        rows(registry, org, "failed", r.failed());
        if (!r.errors().isEmpty()) {
            registry.counter(IMPORT_ERRORS, "org", org, "kind", "row")
                    .increment(r.errors().size());
        }
    }

    private static void rows(MeterRegistry registry, String org, String result, int n) {
        registry.counter(IMPORT_ROWS, "org", org, "result", result).increment(n);
    }
}
