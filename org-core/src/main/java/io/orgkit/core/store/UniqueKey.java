package io.orgkit.core.store;

/** Member fields that are unique within an organization when present (over active and resigned members). */
public enum UniqueKey {
    EMPLOYEE_ID,
    PHONE,
    EMAIL
}
