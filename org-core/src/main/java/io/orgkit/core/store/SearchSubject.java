package io.orgkit.core.store;

/** What a {@link SearchEntry} describes. */
public enum SearchSubject {
    MEMBER,
    DEPARTMENT
}
