package io.orgkit.core.members;

/** A member is active, or resigned (kept for the record, gone from contacts, roles and leader posts). */
public enum MemberStatus {
    /** In contacts, departments, roles and search. */
    ACTIVE,
    /** Resigned: kept on record, gone from contacts, departments, roles and search. */
    RESIGNED
}
