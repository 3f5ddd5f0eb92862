package io.orgkit.core.search;

/** The field of a hit that a {@link Highlight} points into. */
public enum HighlightField {
    /** The member's or department's name (also when matched through a plug-in term such as pinyin). */
    NAME,
    /** The member's employee ID. */
    EMPLOYEE_ID,
    /** The member's phone number as stored. */
    PHONE,
    /** The member's email address. */
    EMAIL
}
