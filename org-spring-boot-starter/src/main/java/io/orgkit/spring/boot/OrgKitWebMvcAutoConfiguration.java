package io.orgkit.spring.boot;

import io.orgkit.core.OrganizationService;
import io.orgkit.spring.boot.internal.CallbackController;
import io.orgkit.spring.boot.internal.SignInController;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * The HTTP endpoints, in Spring MVC applications: platform callbacks at
 * {@code {orgkit.web.callback-path}/{type}} (on unless {@code orgkit.web.callbacks-enabled=false}) and, when
 * {@code orgkit.web.sign-in-enabled=true}, the sign-in endpoints {@code {orgkit.web.sign-in-path}/{orgId}/start}
 * and {@code .../complete}. Replace one by switching it off and mapping your own route to
 * {@code orgs.callbacks().handle(type, request)} or {@code org.signIn()}.
 */
@AutoConfiguration(after = OrgKitAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
@ConditionalOnBean(OrganizationService.class)
public class OrgKitWebMvcAutoConfiguration {

    /** Used by Spring Boot; applications never create it. */
    public OrgKitWebMvcAutoConfiguration() {}

    /**
     * The callback endpoint.
     *
     * @param orgs the service
     * @return the controller
     */
    @Bean
    @ConditionalOnProperty(prefix = "orgkit.web", name = "callbacks-enabled", matchIfMissing = true)
    CallbackController orgKitCallbackController(OrganizationService orgs) {
        return new CallbackController(orgs);
    }

    /**
     * The sign-in endpoints.
     *
     * @param orgs the service
     * @param publisher where {@link MemberSignedInEvent}s go
     * @return the controller
     */
    @Bean
    @ConditionalOnProperty(prefix = "orgkit.web", name = "sign-in-enabled")
    SignInController orgKitSignInController(OrganizationService orgs, ApplicationEventPublisher publisher) {
        return new SignInController(orgs, publisher);
    }
}
