package io.orgkit.spring.boot.internal;

import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.actuate.health.Status;

/** Spring Boot 3's health API: one indicator per synced organization, named by its id. */
public final class Boot3SyncHealthContributor implements CompositeHealthContributor {
    private final SyncHealth health;

    public Boot3SyncHealthContributor(SyncHealth health) {
        this.health = health;
    }

    @Override
    public @Nullable HealthContributor getContributor(String name) {
        return health.one(name).isPresent() ? indicator(name) : null;
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return health.all().keySet().stream()
                .map(id -> NamedContributor.of(id, (HealthContributor) indicator(id)))
                .iterator();
    }

    private HealthIndicator indicator(String id) {
        return () -> health.one(id)
                .map(Boot3SyncHealthContributor::toHealth)
                .orElseGet(() ->
                        Health.unknown().withDetail("organization", "removed").build());
    }

    static Health toHealth(SyncHealth.Result r) {
        Map<String, Object> details = r.details();
        return Health.status(new Status(r.status())).withDetails(details).build();
    }
}
