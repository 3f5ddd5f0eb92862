package io.orgkit.core.roles;

import io.orgkit.core.internal.Check;
import io.orgkit.core.organizations.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * A role of an organization, in one role group. Roles are always local, also in synced organizations.
 *
 * @param key a stable key for built-in roles ({@link #ADMIN}), null for roles users create
 */
public record Role(
        RoleId id,
        OrgId orgId,
        RoleGroupId groupId,
        String name,
        @Nullable String key) {
    /** Key of the built-in administrator role every organization has. */
    public static final String ADMIN = "admin";

    /**
     * Validates the role.
     *
     * @throws io.orgkit.core.ValidationException when a required component is missing
     */
    public Role {
        Check.notNull(id, "id");
        Check.notNull(orgId, "orgId");
        Check.notNull(groupId, "groupId");
        Check.notNull(name, "name");
    }

    /**
     * A copy with another name; stores nothing (rename with {@code roles().rename}).
     *
     * @param newName the name
     * @return the copy
     */
    public Role withName(String newName) {
        return new Role(id, orgId, groupId, newName, key);
    }
}
