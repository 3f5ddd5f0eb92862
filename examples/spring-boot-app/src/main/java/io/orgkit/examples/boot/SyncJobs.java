package io.orgkit.examples.boot;

import io.orgkit.core.OrganizationService;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.sync.SyncProgress;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.spring.boot.SyncFinishedEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * "Sync now" runs in the background, one at a time per organization, and the page polls its progress. The history
 * keeps the last {@value #HISTORY} syncs of each organization (from the starter's {@link SyncFinishedEvent}, so
 * scheduled syncs are in it too); it lives in memory, the store keeps the last state ({@code lastState()}).
 */
@Component
class SyncJobs implements AutoCloseable {
    static final int HISTORY = 50;

    record Progress(boolean running, String phase, long done, long total, Object report, String error) {}

    record HistoryEntry(
            Instant finishedAt,
            String operation,
            String outcome,
            Map<String, Integer> counts,
            int failures,
            long apiCalls,
            long millis,
            String error) {}

    private final OrganizationService orgs;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "demo-sync");
        t.setDaemon(true);
        return t;
    });
    private final Map<OrgId, Progress> progress = new ConcurrentHashMap<>();
    private final Map<OrgId, Deque<HistoryEntry>> history = new ConcurrentHashMap<>();

    SyncJobs(OrganizationService orgs) {
        this.orgs = orgs;
    }

    /** Starts a sync of {@code org} unless one runs; returns whether it started. */
    synchronized boolean start(OrgId org) {
        Progress now = progress.get(org);
        if (now != null && now.running()) {
            return false;
        }
        orgs.org(org); // unknown organization: NotFoundException before anything starts
        progress.put(org, new Progress(true, "STARTING", 0, -1, null, null));
        executor.execute(() -> {
            try {
                SyncReport report = orgs.org(org).sync().run(p -> update(org, p));
                progress.put(org, new Progress(false, "DONE", 1, 1, report, null));
            } catch (RuntimeException e) {
                progress.put(org, new Progress(false, "FAILED", 0, -1, null, e.getMessage()));
            }
        });
        return true;
    }

    private void update(OrgId org, SyncProgress p) {
        progress.put(org, new Progress(true, p.phase().name(), p.done(), p.total(), null, null));
    }

    Progress progress(OrgId org) {
        return progress.getOrDefault(org, new Progress(false, "IDLE", 0, -1, null, null));
    }

    @EventListener
    void on(SyncFinishedEvent e) {
        Deque<HistoryEntry> list = history.computeIfAbsent(e.orgId(), k -> new ArrayDeque<>());
        var r = e.report();
        HistoryEntry entry = new HistoryEntry(
                Instant.now(),
                e.operation().name(),
                r == null ? "ERROR" : r.outcome().name(),
                r == null ? Map.of() : stringKeys(r.counts()),
                r == null ? 0 : r.failures().size(),
                r == null ? 0 : r.apiCalls(),
                e.elapsed().toMillis(),
                e.error());
        synchronized (list) {
            list.addFirst(entry);
            while (list.size() > HISTORY) {
                list.removeLast();
            }
        }
    }

    List<HistoryEntry> history(OrgId org) {
        Deque<HistoryEntry> list = history.get(org);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    static Map<String, Integer> stringKeys(Map<? extends Enum<?>, Integer> counts) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
