package io.orgkit.core.store;

/** What a {@link SearchEntry} describes. */
public enum SearchSubject {
    /** A member's terms. */
    MEMBER,
    /** A department's terms. */
    DEPARTMENT
}
