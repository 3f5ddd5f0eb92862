package io.orgkit.core.io;

/** The language of the header row written in templates and exports (import recognises both). */
public enum HeaderLanguage {
    ENGLISH,
    CHINESE
}
