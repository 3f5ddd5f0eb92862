/**
 * OrgKit's entry point: {@link io.orgkit.core.OrganizationService} (built with {@link
 * io.orgkit.core.OrganizationService#builder()}), the {@link io.orgkit.core.Org} handle on one organization, and the
 * exceptions, all subclasses of the unchecked {@link io.orgkit.core.OrgKitException}.
 */
@NullMarked
package io.orgkit.core;

import org.jspecify.annotations.NullMarked;
