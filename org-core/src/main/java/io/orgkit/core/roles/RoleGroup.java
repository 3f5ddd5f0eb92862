package io.orgkit.core.roles;

import io.orgkit.core.internal.Check;
import io.orgkit.core.organizations.OrgId;

/** A named group of roles (e.g. "System", "Sales roles"). */
public record RoleGroup(RoleGroupId id, OrgId orgId, String name) {
    /**
     * Validates the group.
     *
     * @throws io.orgkit.core.ValidationException when a component is missing
     */
    public RoleGroup {
        Check.notNull(id, "id");
        Check.notNull(orgId, "orgId");
        Check.notNull(name, "name");
    }
}
