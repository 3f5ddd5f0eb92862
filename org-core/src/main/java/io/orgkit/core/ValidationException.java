package io.orgkit.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Input was refused; {@link #errors()} names each offending field. */
public class ValidationException extends OrgKitException {
    private static final long serialVersionUID = 1L;

    /** One refused field and why. */
    public record FieldError(String field, String message) {
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

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first refused field (most calls refuse one). */
    public String field() {
        return errors.get(0).field();
    }
}
