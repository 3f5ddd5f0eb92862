package io.orgkit.core.roles;

import io.orgkit.core.internal.Ids;

/** Identifies a role group within its organization. */
public record RoleGroupId(String value) {
    /**
     * Validates the id.
     *
     * @throws io.orgkit.core.ValidationException when the value is blank, too long or contains '/'
     */
    public RoleGroupId {
        Ids.check(value, "RoleGroupId");
    }

    /**
     * An id from its text (as {@link #value()} gave it).
     *
     * @param value the id's text
     * @return the id
     * @throws io.orgkit.core.ValidationException when the value is blank, too long or contains '/'
     */
    public static RoleGroupId of(String value) {
        return new RoleGroupId(value);
    }

    /** {@return a new random id} */
    public static RoleGroupId random() {
        return new RoleGroupId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
