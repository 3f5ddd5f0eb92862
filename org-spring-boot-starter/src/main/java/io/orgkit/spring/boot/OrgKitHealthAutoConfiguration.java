package io.orgkit.spring.boot;

import io.orgkit.core.OrganizationService;
import io.orgkit.spring.boot.internal.Boot3SyncHealthContributor;
import io.orgkit.spring.boot.internal.Boot4SyncHealthContributor;
import io.orgkit.spring.boot.internal.SyncHealth;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health of synced organizations (with Spring Boot Actuator): a composite contributor {@code orgkit} with one
 * indicator per synced organization, named by its id: DOWN when its last sync failed or is older than
 * {@code orgkit.health.max-sync-age} (or the organization's {@code orgkit.sync.organizations.<key>.max-age}),
 * UNKNOWN before its first sync, UP otherwise; the details give the last outcome, when it finished, its age and a
 * held plan waiting for approval. Works with Boot 3's health API ({@code org.springframework.boot.actuate.health})
 * and Boot 4's ({@code org.springframework.boot.health.contributor}, artifact {@code spring-boot-health}), whichever
 * is present. Switch it off with {@code management.health.orgkit.enabled=false}; replace it by declaring a bean
 * named {@code orgkitHealthContributor}.
 */
@AutoConfiguration(after = OrgKitAutoConfiguration.class)
@ConditionalOnBean(OrganizationService.class)
@ConditionalOnProperty(prefix = "management.health.orgkit", name = "enabled", matchIfMissing = true)
public class OrgKitHealthAutoConfiguration {

    /** Used by Spring Boot; applications never create it. */
    public OrgKitHealthAutoConfiguration() {}

    /** Spring Boot 3: {@code org.springframework.boot.actuate.health}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot3 {
        @Bean
        @ConditionalOnMissingBean(name = "orgkitHealthContributor")
        Boot3SyncHealthContributor orgkitHealthContributor(OrganizationService orgs, OrgKitProperties properties) {
            return new Boot3SyncHealthContributor(new SyncHealth(orgs, properties, Clock.systemUTC()));
        }
    }

    /** Spring Boot 4: {@code org.springframework.boot.health.contributor}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4 {
        @Bean
        @ConditionalOnMissingBean(name = "orgkitHealthContributor")
        Boot4SyncHealthContributor orgkitHealthContributor(OrganizationService orgs, OrgKitProperties properties) {
            return new Boot4SyncHealthContributor(new SyncHealth(orgs, properties, Clock.systemUTC()));
        }
    }
}
