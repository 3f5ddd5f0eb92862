package io.orgkit.core.members;

/**
 * A member is active, resigned (kept for the record, gone from contacts, roles and leader posts), or erased (a
 * resigned member whose personal data was deleted for good: only ids, dates and departments are left).
 */
public enum MemberStatus {
    /** In the organization. */
    ACTIVE,
    /** Left the organization; the record is kept and can be re-hired. */
    RESIGNED,
    /**
     * Personal data deleted for good ({@link Members#erase}): name replaced by {@link Member#ERASED_NAME}, employee
     * ID, phone, email, position and external id cleared; cannot be changed or re-hired.
     */
    ERASED
}
