package io.orgkit.spring.boot.internal;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.organizations.Organization;
import io.orgkit.spring.boot.OrgKitProperties;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the syncs scheduled in {@code orgkit.sync.organizations.*} on a scheduler thread of its own. The
 * expressions are checked when the application starts (a bad one stops it, naming the property); the organization
 * is looked up by id or exact name at each run, so it may be created after start.
 */
public final class ScheduledSyncs implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledSyncs.class);

    /** What a scheduled task runs. */
    public enum Kind {
        FULL,
        CHANGES
    }

    /** One scheduled task. */
    public record Task(String organization, Kind kind, String cron, TimeZone zone) {}

    private final OrganizationService orgs;
    private final List<Task> tasks;
    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    private @Nullable ThreadPoolTaskScheduler scheduler;

    public ScheduledSyncs(OrganizationService orgs, OrgKitProperties properties) {
        this.orgs = orgs;
        this.tasks = tasks(properties);
    }

    static List<Task> tasks(OrgKitProperties properties) {
        List<Task> out = new ArrayList<>();
        properties.getSync().getOrganizations().forEach((key, s) -> {
            String prefix = "orgkit.sync.organizations." + key + ".";
            TimeZone zone = zone(prefix + "zone", s.getZone());
            if (s.getCron() != null && !s.getCron().isBlank()) {
                out.add(new Task(key, Kind.FULL, check(prefix + "cron", s.getCron()), zone));
            }
            if (s.getChangesCron() != null && !s.getChangesCron().isBlank()) {
                out.add(new Task(key, Kind.CHANGES, check(prefix + "changes-cron", s.getChangesCron()), zone));
            }
        });
        return List.copyOf(out);
    }

    private static String check(String property, String cron) {
        try {
            CronExpression.parse(cron);
            return cron;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not a cron expression (six fields, e.g. \"0 0 2 * * *\"): '"
                    + Observer.cut(cron, 50) + "'");
        }
    }

    private static TimeZone zone(String property, @Nullable String zone) {
        if (zone == null || zone.isBlank()) {
            return TimeZone.getDefault();
        }
        try {
            return TimeZone.getTimeZone(ZoneId.of(zone));
        } catch (RuntimeException e) {
            throw new IllegalStateException(property + " is not a time zone id: '" + Observer.cut(zone, 50) + "'");
        }
    }

    /** The scheduled tasks, in the order of the properties. */
    public List<Task> tasks() {
        return tasks;
    }

    /**
     * Runs one task now, as the scheduler does: a missing organization or a failing sync is logged, not thrown.
     *
     * @return whether the sync ran and returned a report
     */
    public boolean runNow(Task task) {
        Optional<Org> org = find(task.organization());
        if (org.isEmpty()) {
            LOG.warn(
                    "Scheduled sync skipped: no organization with id or name '{}' (orgkit.sync.organizations)",
                    Observer.cut(task.organization(), 50));
            return false;
        }
        try {
            var report = task.kind() == Kind.FULL
                    ? org.get().sync().run()
                    : org.get().sync().runChanges();
            LOG.info(
                    "Scheduled {} sync of organization {}: {}",
                    task.kind(),
                    org.get().id(),
                    report);
            return true;
        } catch (RuntimeException e) {
            LOG.warn(
                    "Scheduled {} sync of organization {} failed: {}",
                    task.kind(),
                    org.get().id(),
                    Observer.describe(e));
            return false;
        }
    }

    private Optional<Org> find(String key) {
        List<Organization> all = orgs.list();
        Optional<Organization> byId =
                all.stream().filter(o -> o.id().value().equals(key)).findFirst();
        if (byId.isPresent()) {
            return byId.map(o -> orgs.org(o.id()));
        }
        List<Organization> byName =
                all.stream().filter(o -> o.name().equals(key)).toList();
        if (byName.size() > 1) {
            LOG.warn("Scheduled sync skipped: {} organizations are named '{}'; key it by id", byName.size(), key);
            return Optional.empty();
        }
        return byName.stream().findFirst().map(o -> orgs.org(o.id()));
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || tasks.isEmpty()) {
            return;
        }
        ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
        s.setPoolSize(1);
        s.setThreadNamePrefix("orgkit-sync-");
        s.setDaemon(true);
        s.initialize();
        for (Task t : tasks) {
            running.add(s.schedule(() -> runNow(t), new CronTrigger(t.cron(), t.zone())));
        }
        scheduler = s;
    }

    @Override
    public synchronized void stop() {
        running.forEach(f -> f.cancel(false));
        running.clear();
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
