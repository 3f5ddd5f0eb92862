package io.orgkit.core;

import org.jspecify.annotations.Nullable;

/**
 * The call clashes with what is stored: a duplicate key, a cycle, a non-empty department, a sync already running.
 * A clash on one field (an employee ID, phone or email another member holds) names it in {@link #field()}.
 */
public class ConflictException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String field;

    /**
     * Creates the exception.
     *
     * @param message what clashed and what to do
     */
    public ConflictException(String message) {
        this(null, message, null);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what clashed and what to do
     * @param cause the store's failure (a unique-key violation, say)
     */
    public ConflictException(String message, Throwable cause) {
        this(null, message, cause);
    }

    private ConflictException(@Nullable String field, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /**
     * A clash on one field; the message reads {@code field: detail}, like a {@link ValidationException}'s.
     *
     * @param field  the field, e.g. {@code employeeId} or {@code members[2].phone}
     * @param detail what clashes and what to do
     * @return the exception (not thrown)
     */
    public static ConflictException onField(String field, String detail) {
        return new ConflictException(field, field + ": " + detail, null);
    }

    /** The field that clashes (e.g. {@code employeeId}), or null when the conflict is not about one field. */
    public @Nullable String field() {
        return field;
    }
}
