package io.orgkit.spring.boot;

import io.orgkit.core.OrganizationService;
import io.orgkit.core.OrganizationServiceBuilder;
import io.orgkit.core.store.OrgStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * The {@link OrganizationService} bean: built on the {@link OrgStore} bean with the {@code orgkit.*} settings, the
 * providers and file formats found on the classpath (ServiceLoader: {@code org-provider-dingtalk},
 * {@code org-excel} for XLSX, {@code org-search-pinyin}), every {@link OrgKitServiceCustomizer} bean, and OrgKit's
 * events ({@link io.orgkit.core.events.OrgEvent}) published as Spring application events. Replace it by declaring
 * an {@link OrganizationService} bean (wrap it with {@link OrgKitObservation#observe} to keep the sync and import
 * events and metrics).
 */
@AutoConfiguration(after = OrgKitStoreAutoConfiguration.class)
@EnableConfigurationProperties(OrgKitProperties.class)
public class OrgKitAutoConfiguration {

    /** Used by Spring Boot; applications never create it. */
    public OrgKitAutoConfiguration() {}

    /**
     * The service; Spring closes it (and with it the store) at shutdown.
     *
     * @param store the store
     * @param properties the {@code orgkit.*} settings
     * @param publisher where OrgKit's events go
     * @param customizers changes to the builder, in order
     * @return the service
     * @throws IllegalArgumentException for a secret key shorter than 16 characters
     */
    @Bean
    @ConditionalOnMissingBean
    public OrganizationService organizationService(
            OrgStore store,
            OrgKitProperties properties,
            ApplicationEventPublisher publisher,
            ObjectProvider<OrgKitServiceCustomizer> customizers) {
        OrganizationServiceBuilder builder = OrganizationService.builder()
                .store(store)
                .defaultOrganizationName(properties.getDefaultOrganizationName())
                .phoneRegion(properties.getPhoneRegion())
                .allowInsecureHttp(properties.isAllowInsecureHttp())
                .listener(publisher::publishEvent);
        if (properties.getSecretKey() != null && !properties.getSecretKey().isBlank()) {
            builder.secretKey(properties.getSecretKey());
            builder.previousSecretKeys(properties.getPreviousSecretKeys().toArray(String[]::new));
        }
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return OrgKitObservation.observe(builder.build(), publisher);
    }
}
