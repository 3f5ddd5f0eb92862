package io.orgkit.spring.boot.internal;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/** Spring Boot 4's health API: one indicator per synced organization, named by its id. */
public final class Boot4SyncHealthContributor implements CompositeHealthContributor {
    private final SyncHealth health;

    public Boot4SyncHealthContributor(SyncHealth health) {
        this.health = health;
    }

    @Override
    public @Nullable HealthContributor getContributor(String name) {
        return health.one(name).isPresent() ? indicator(name) : null;
    }

    @Override
    public Stream<HealthContributors.Entry> stream() {
        return health.all().keySet().stream().map(id -> new HealthContributors.Entry(id, indicator(id)));
    }

    private HealthIndicator indicator(String id) {
        return () -> health.one(id)
                .map(r -> Health.status(new Status(r.status()))
                        .withDetails(r.details())
                        .build())
                .orElseGet(() ->
                        Health.unknown().withDetail("organization", "removed").build());
    }
}
