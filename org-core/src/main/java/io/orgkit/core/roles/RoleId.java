package io.orgkit.core.roles;

import io.orgkit.core.internal.Ids;

/** Identifies a role within its organization. */
public record RoleId(String value) {
    public RoleId {
        Ids.check(value, "RoleId");
    }

    public static RoleId of(String value) {
        return new RoleId(value);
    }

    public static RoleId random() {
        return new RoleId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
