package io.orgkit.core.departments;

import io.orgkit.core.internal.Ids;

/** Identifies a department within its organization. */
public record DepartmentId(String value) {
    public DepartmentId {
        Ids.check(value, "DepartmentId");
    }

    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    public static DepartmentId random() {
        return new DepartmentId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
