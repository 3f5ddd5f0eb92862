package io.orgkit.core.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Member fields that are unique within an organization when present (over active and resigned members).
 * Two values clash when their {@link #canonical} forms are equal; stores index and look up that form.
 */
public enum UniqueKey {
    /** Compared case-insensitively (after NFC): {@code E001} and {@code e001} are one employee ID. */
    EMPLOYEE_ID,
    /** Compared as stored: core stores phones in E.164. */
    PHONE,
    /** Compared as stored: core stores emails lower-cased. */
    EMAIL;

    /**
     * The form two values of this key are compared in: for employee IDs NFC and lower case ({@link Locale#ROOT}),
     * for the others the value itself. A store must find a member by this form and refuse two members of one
     * organization with the same form.
     *
     * @param value a stored or looked-up value
     * @return the comparison form
     */
    public String canonical(String value) {
        if (this != EMPLOYEE_ID) {
            return value;
        }
        String nfc = Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
        return nfc.toLowerCase(Locale.ROOT);
    }
}
