package io.orgkit.spring.boot;

import io.orgkit.core.OrganizationService;
import io.orgkit.spring.boot.internal.ScheduledSyncs;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

/**
 * Scheduled syncs: for each {@code orgkit.sync.organizations.<id or name>} with a {@code cron} (full sync, the
 * reconciliation) or {@code changes-cron} (the platform's delta feed), a task on a scheduler thread of its own
 * ({@code orgkit-sync-1}). Nothing runs without a cron. Switch it off with {@code orgkit.sync.scheduling=false}
 * (and schedule {@code org.sync().run()} yourself).
 */
@AutoConfiguration(after = OrgKitAutoConfiguration.class)
@ConditionalOnBean(OrganizationService.class)
@ConditionalOnProperty(prefix = "orgkit.sync", name = "scheduling", matchIfMissing = true)
public class OrgKitSyncSchedulingAutoConfiguration {

    /** Used by Spring Boot; applications never create it. */
    public OrgKitSyncSchedulingAutoConfiguration() {}

    /**
     * The scheduled syncs, started and stopped with the application.
     *
     * @param orgs the service
     * @param properties the {@code orgkit.*} settings
     * @return the schedule
     * @throws IllegalStateException for a cron expression or time zone that does not parse (naming the property)
     */
    @Bean
    public SmartLifecycle orgKitScheduledSyncs(OrganizationService orgs, OrgKitProperties properties) {
        return new ScheduledSyncs(orgs, properties);
    }
}
