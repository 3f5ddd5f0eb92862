package io.orgkit.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Input was refused; {@link #errors()} names each offending field. */
public class ValidationException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    /** One refused field and why. */
    public record FieldError(String field, String message) {
        /**
         * Validates the error.
         *
         * @throws NullPointerException when the field or message is null
         */
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final List<FieldError> errors;

    /**
     * Creates the exception for one or more refused fields.
     *
     * @param errors each refused field and why (at least one)
     */
    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /**
     * The exception for one refused field.
     *
     * @param field the field's name as the caller knows it ({@code "name"}, {@code "members[2].phone"})
     * @param message what is wrong with it and what to do
     * @return the exception
     */
    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /** {@return every refused field and why, in the order found} */
    public List<FieldError> errors() {
        return errors;
    }

    /** The first refused field (most calls refuse one). */
    public String field() {
        return errors.get(0).field();
    }
}
