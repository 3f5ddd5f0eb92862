package io.orgkit.spring.boot.internal;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.sync.HeldPlan;
import io.orgkit.core.sync.SyncOutcome;
import io.orgkit.core.sync.SyncState;
import io.orgkit.spring.boot.OrgKitProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The health of synced organizations, independent of Spring Boot's health API (Boot 3 and Boot 4 adapt it): DOWN
 * when the last sync failed or is older than the allowed age, UNKNOWN before the first sync, UP otherwise; the
 * details say the last outcome, when it finished, its age and a held plan waiting for approval.
 */
public final class SyncHealth {
    /** The status names of Spring Boot's health API. */
    public static final String UP = "UP";

    public static final String DOWN = "DOWN";
    public static final String UNKNOWN = "UNKNOWN";

    /** One organization's status and details. */
    public record Result(String status, Map<String, Object> details) {}

    private final OrganizationService orgs;
    private final OrgKitProperties properties;
    private final Clock clock;

    public SyncHealth(OrganizationService orgs, OrgKitProperties properties, Clock clock) {
        this.orgs = orgs;
        this.properties = properties;
        this.clock = clock;
    }

    /** The synced organizations, by id, with their health. */
    public Map<String, Result> all() {
        Map<String, Result> out = new LinkedHashMap<>();
        for (Organization o : orgs.list()) {
            if (o.isSynced()) {
                out.put(o.id().value(), of(o));
            }
        }
        return out;
    }

    /** The health of one synced organization, empty for an unknown or generic one. */
    public Optional<Result> one(String id) {
        return orgs.list().stream()
                .filter(o -> o.isSynced() && o.id().value().equals(id))
                .findFirst()
                .map(this::of);
    }

    private Result of(Organization info) {
        Org org = orgs.org(info.id());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", info.name());
        details.put("type", info.type());
        Optional<HeldPlan> held = org.sync().heldPlan();
        details.put("heldPlanWaiting", held.isPresent());
        held.ifPresent(h -> {
            details.put("heldPlanId", h.planId());
            details.put("heldSince", h.heldAt().toString());
            details.put("heldReason", Observer.cut(h.reason(), Observer.MAX_ERROR));
        });
        Optional<SyncState> last = org.sync().lastState();
        if (last.isEmpty()) {
            details.put("lastSync", "never");
            return new Result(UNKNOWN, details);
        }
        SyncState s = last.get();
        Duration age = Duration.between(s.finishedAt(), clock.instant());
        Duration maxAge = maxAge(info);
        details.put("lastOutcome", s.outcome().name());
        details.put("lastFinishedAt", s.finishedAt().toString());
        details.put("ageSeconds", Math.max(0, age.toSeconds()));
        details.put("maxAgeSeconds", maxAge.toSeconds());
        details.put("lastFailures", s.failures());
        details.put("lastApiCalls", s.apiCalls());
        if (s.error() != null) {
            details.put("lastError", Observer.cut(s.error(), Observer.MAX_ERROR));
        }
        boolean down = s.outcome() == SyncOutcome.FAILED || age.compareTo(maxAge) > 0;
        return new Result(down ? DOWN : UP, details);
    }

    private Duration maxAge(Organization info) {
        Map<String, OrgKitProperties.OrganizationSync> schedules =
                properties.getSync().getOrganizations();
        OrgKitProperties.OrganizationSync own = schedules.get(info.id().value());
        if (own == null) {
            own = schedules.get(info.name());
        }
        return own != null && own.getMaxAge() != null
                ? own.getMaxAge()
                : properties.getHealth().getMaxSyncAge();
    }
}
