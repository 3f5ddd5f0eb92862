package io.orgkit.core.sync;

/** The kinds of change a sync makes, in the order a plan lists them. */
public enum ChangeKind {
    /** A department the platform has and the organization has not yet. */
    DEPARTMENT_CREATED,
    /** A department whose name changed (on a first sync also the root, which takes the platform's name). */
    DEPARTMENT_RENAMED,
    /** A department that moved under another parent. */
    DEPARTMENT_MOVED,
    /** Sibling order, external id of the root, or managers changed. */
    DEPARTMENT_UPDATED,
    /** Gone from the platform: its members' links move to the nearest remaining ancestor, then it is deleted. */
    DEPARTMENT_REMOVED,
    /** A member the platform has and the organization has not yet. */
    MEMBER_CREATED,
    /** Name, employee ID, phone, email or position changed. */
    MEMBER_UPDATED,
    /** Departments or main department changed. */
    MEMBER_MOVED,
    /** Gone from the platform or disabled there; resigned exactly like {@code Members.resign}. */
    MEMBER_RESIGNED,
    /** Back on the platform: the same member (same id) becomes active again. */
    MEMBER_REACTIVATED;

    /** An unmodifiable copy of {@code counts} that lists the kinds in this enum's order. */
    public static java.util.Map<ChangeKind, Integer> ordered(java.util.Map<ChangeKind, Integer> counts) {
        return counts.isEmpty()
                ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts));
    }

    /** Whether the guard counts this kind (resignations and department removals). */
    public boolean destructive() {
        return this == MEMBER_RESIGNED || this == DEPARTMENT_REMOVED;
    }
}
