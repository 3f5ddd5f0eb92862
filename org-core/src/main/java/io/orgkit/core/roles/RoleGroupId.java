package io.orgkit.core.roles;

import io.orgkit.core.internal.Ids;

/** Identifies a role group within its organization. */
public record RoleGroupId(String value) {
    public RoleGroupId {
        Ids.check(value, "RoleGroupId");
    }

    public static RoleGroupId of(String value) {
        return new RoleGroupId(value);
    }

    public static RoleGroupId random() {
        return new RoleGroupId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
