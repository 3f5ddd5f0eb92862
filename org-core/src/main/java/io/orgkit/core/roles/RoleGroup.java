package io.orgkit.core.roles;

import io.orgkit.core.organizations.OrgId;
import java.util.Objects;

/** A named group of roles (e.g. "System", "Sales roles"). */
public record RoleGroup(RoleGroupId id, OrgId orgId, String name) {
    public RoleGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(name, "name");
    }
}
