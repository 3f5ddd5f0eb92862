package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Field rules shared by every path that writes members and departments (API calls, import, sync).
 * Values are normalized: names trimmed, phones reduced to an optional {@code +} and digits, emails lower-cased.
 */
public final class Rules {
    public static final int MAX_NAME = 100;
    public static final int MAX_FIELD = 64;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_DEPTH = 20;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)+");

    private final List<FieldError> errors = new ArrayList<>();

    /** Collects errors of several fields, then {@link #throwIfAny()}. */
    public static Rules check() {
        return new Rules();
    }

    /** A required name of 1..100 characters, trimmed. */
    public String name(String field, @Nullable String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (v.length() > MAX_NAME) {
            errors.add(new FieldError(field, "must be at most " + MAX_NAME + " characters, was " + v.length()));
        } else if (v.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        return v;
    }

    /** An optional short text (employee ID, position): trimmed, blank becomes null, at most 64 characters. */
    public @Nullable String text(String field, @Nullable String value, int max) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters, was " + v.length()));
        }
        return v;
    }

    /** An optional phone number: digits with an optional leading +, separators allowed and dropped. */
    public @Nullable String phone(String field, @Nullable String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String n = PHONE_SEPARATORS.matcher(v).replaceAll("");
        if (!PHONE.matcher(n).matches()) {
            errors.add(new FieldError(field, Quote.of(v) + " is not a phone number (digits, optionally starting with +,"
                    + " 5 to 20 digits)"));
        }
        return n;
    }

    /** An optional email address, lower-cased. */
    public @Nullable String email(String field, @Nullable String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (v.length() > MAX_EMAIL || !EMAIL.matcher(v).matches()) {
            errors.add(new FieldError(field, Quote.of(v) + " is not an email address"));
        }
        return v.toLowerCase(Locale.ROOT);
    }

    public void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static @Nullable String blankToNull(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }

    /** Shortcut for a single required name. */
    public static String requireName(String field, @Nullable String value) {
        Rules r = check();
        String v = r.name(field, value);
        r.throwIfAny();
        return v;
    }
}
