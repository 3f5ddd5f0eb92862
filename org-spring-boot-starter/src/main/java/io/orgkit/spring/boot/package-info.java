/**
 * Spring Boot auto-configuration of OrgKit: the {@link io.orgkit.core.OrganizationService} bean, its store, Spring
 * application events, callback and sign-in endpoints, scheduled syncs, health and metrics. Works on Spring Boot 3.5
 * and 4.0. See {@code docs/spring-boot.md}.
 */
@NullMarked
package io.orgkit.spring.boot;

import org.jspecify.annotations.NullMarked;
