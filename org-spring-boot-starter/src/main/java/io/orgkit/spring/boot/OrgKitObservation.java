package io.orgkit.spring.boot;

import io.orgkit.core.OrganizationService;
import io.orgkit.spring.boot.internal.ObservedOrganizationService;
import io.orgkit.spring.boot.internal.Observer;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Makes syncs and imports of a service publish {@link SyncFinishedEvent} and {@link ImportFinishedEvent} (which
 * the metrics record). The auto-configured service is already observed; an application that declares its own
 * {@link OrganizationService} bean wraps it here to keep the events and metrics.
 */
public final class OrgKitObservation {
    private OrgKitObservation() {}

    /**
     * The service with its syncs and imports observed; everything else goes straight through.
     *
     * @param service the service to observe
     * @param publisher where the events go (the application context)
     * @return the observed service; closing it closes {@code service}
     */
    public static OrganizationService observe(OrganizationService service, ApplicationEventPublisher publisher) {
        if (service instanceof ObservedOrganizationService) {
            return service;
        }
        return new ObservedOrganizationService(service, new Observer(publisher));
    }
}
