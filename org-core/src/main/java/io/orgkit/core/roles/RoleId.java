package io.orgkit.core.roles;

import io.orgkit.core.internal.Ids;

/** Identifies a role within its organization. */
public record RoleId(String value) {
    /**
     * Validates the id.
     *
     * @throws io.orgkit.core.ValidationException when the value is blank, too long or contains '/'
     */
    public RoleId {
        Ids.check(value, "RoleId");
    }

    /**
     * An id from its text (as {@link #value()} gave it).
     *
     * @param value the id's text
     * @return the id
     * @throws io.orgkit.core.ValidationException when the value is blank, too long or contains '/'
     */
    public static RoleId of(String value) {
        return new RoleId(value);
    }

    /** {@return a new random id} */
    public static RoleId random() {
        return new RoleId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
