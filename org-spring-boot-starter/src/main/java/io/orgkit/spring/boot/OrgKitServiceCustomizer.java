package io.orgkit.spring.boot;

import io.orgkit.core.OrganizationServiceBuilder;

/**
 * Changes the {@link OrganizationServiceBuilder} before the auto-configured service is built: a provider added
 * explicitly, a clock, an initial password policy, a password hasher, a search-term contributor. Declare one or
 * more as beans; they run in {@link org.springframework.core.annotation.Order} order after the properties are
 * applied.
 */
@FunctionalInterface
public interface OrgKitServiceCustomizer {
    /**
     * Changes the builder.
     *
     * @param builder the builder the properties have been applied to
     */
    void customize(OrganizationServiceBuilder builder);
}
