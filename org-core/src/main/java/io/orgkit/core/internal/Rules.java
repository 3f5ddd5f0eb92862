package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Field rules shared by every path that writes members, departments, roles and organizations (API calls, import,
 * sync). Every text goes through {@link Text}: control characters, bidi overrides/isolates and unpaired surrogates
 * are refused; values are stored in NFC with invisible characters cut from both ends; lengths count characters.
 * Emails are lower-cased. Phones are the member write path's ({@code members.MemberRules}).
 */
public final class Rules {
    public static final int MAX_NAME = 100;
    public static final int MAX_FIELD = 64;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_DEPTH = 20;

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)+");

    private final List<FieldError> errors = new ArrayList<>();

    /** Collects errors of several fields, then {@link #throwIfAny()}. */
    public static Rules check() {
        return new Rules();
    }

    /** A required name of 1..100 characters; only invisible characters count as blank. */
    public String name(String field, @Nullable String value) {
        String v = clean(field, value, MAX_NAME);
        if (v == null) {
            errors.add(new FieldError(field, "must not be blank"));
            return "";
        }
        return v;
    }

    /** An optional text (employee ID, position): blank becomes null, at most {@code max} characters. */
    public @Nullable String text(String field, @Nullable String value, int max) {
        return clean(field, value, max);
    }

    /** An optional email address, lower-cased. */
    public @Nullable String email(String field, @Nullable String value) {
        String v = clean(field, value, MAX_EMAIL);
        if (v != null && !EMAIL.matcher(v).matches()) {
            errors.add(new FieldError(field, Quote.of(v) + " is not an email address"));
        }
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    /**
     * The value as stored ({@link Text#normalize}), null when absent or blank; a refused value adds an error and
     * is returned as given (the caller throws before storing anything).
     */
    public @Nullable String clean(String field, @Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        String problem = Text.problem(value);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
            return value;
        }
        String v = Text.normalize(value);
        if (v.isEmpty()) {
            return null;
        }
        int length = Text.length(v);
        if (length > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters, was " + length));
        }
        return v;
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

    /** The value without invisible characters at its ends (NFC), null when nothing is left. */
    public static @Nullable String blankToNull(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String v = Text.normalize(value);
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
