/**
 * Organizations: the stored {@link io.orgkit.core.organizations.Organization} record, what creates one ({@link
 * io.orgkit.core.organizations.GenericOrganization}, {@link io.orgkit.core.organizations.NewOrganization}, {@link
 * io.orgkit.core.organizations.Creator}) and how a leader is chosen.
 */
@NullMarked
package io.orgkit.core.organizations;

import org.jspecify.annotations.NullMarked;
