package io.orgkit.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.orgkit.spring.boot.internal.OrgKitMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters (with a {@link MeterRegistry} bean): {@code orgkit.sync.duration} (timer; tags org, operation,
 * outcome), {@code orgkit.sync.api.calls}, {@code orgkit.sync.changes} (tag kind), {@code orgkit.sync.failures}
 * (tag kind: run or item), {@code orgkit.import.rows} (tag result: created, updated, skipped, failed) and
 * {@code orgkit.import.errors} (tag kind: row or file), recorded from {@link SyncFinishedEvent} and
 * {@link ImportFinishedEvent}. Switch them off with {@code orgkit.metrics.enabled=false}.
 */
@AutoConfiguration(after = OrgKitAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnProperty(prefix = "orgkit.metrics", name = "enabled", matchIfMissing = true)
public class OrgKitMetricsAutoConfiguration {

    /** Used by Spring Boot; applications never create it. */
    public OrgKitMetricsAutoConfiguration() {}

    /**
     * The meters' recorder.
     *
     * @param registries the registry, looked up at each event
     * @return the recorder
     */
    @Bean
    OrgKitMetrics orgKitMetrics(ObjectProvider<MeterRegistry> registries) {
        return new OrgKitMetrics(registries);
    }
}
