/** Roles and role groups: {@link io.orgkit.core.roles.Roles} (through {@code Org.roles()}) and their records. */
@NullMarked
package io.orgkit.core.roles;

import org.jspecify.annotations.NullMarked;
