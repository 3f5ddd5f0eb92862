package io.orgkit.core.io;

/** The language of the header row written in templates and exports (import recognises both). */
public enum HeaderLanguage {
    /** English headers ({@code Name}, {@code Phone}, ...). */
    ENGLISH,
    /** Chinese headers ({@code 姓名}, {@code 手机}, ...). */
    CHINESE
}
