package io.orgkit.core.departments;

import io.orgkit.core.internal.Ids;

/** Identifies a department within its organization. */
public record DepartmentId(String value) {
    /**
     * Validates the id.
     *
     * @throws io.orgkit.core.ValidationException when the value is blank, too long or contains '/'
     */
    public DepartmentId {
        Ids.check(value, "DepartmentId");
    }

    /**
     * An id from its text (as {@link #value()} gave it).
     *
     * @param value the id's text
     * @return the id
     * @throws io.orgkit.core.ValidationException when the value is blank, too long or contains '/'
     */
    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    /** {@return a new random id} */
    public static DepartmentId random() {
        return new DepartmentId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
