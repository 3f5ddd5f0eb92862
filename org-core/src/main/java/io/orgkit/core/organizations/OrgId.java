package io.orgkit.core.organizations;

import io.orgkit.core.internal.Ids;

/** Identifies an organization. */
public record OrgId(String value) {
    /**
     * Validates the id.
     *
     * @throws io.orgkit.core.ValidationException when the value is blank, too long or contains '/'
     */
    public OrgId {
        Ids.check(value, "OrgId");
    }

    /**
     * An id from its text (as {@link #value()} gave it).
     *
     * @param value the id's text
     * @return the id
     * @throws io.orgkit.core.ValidationException when the value is blank, too long or contains '/'
     */
    public static OrgId of(String value) {
        return new OrgId(value);
    }

    /** {@return a new random id} */
    public static OrgId random() {
        return new OrgId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
