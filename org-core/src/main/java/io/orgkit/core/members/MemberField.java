package io.orgkit.core.members;

/** The text fields of a member, as named in {@link io.orgkit.core.ValidationException}s and conflicts. */
public enum MemberField {
    /** {@link Member#name()}. */
    NAME("name"),
    /** {@link Member#employeeId()}. */
    EMPLOYEE_ID("employeeId"),
    /** {@link Member#phone()}. */
    PHONE("phone"),
    /** {@link Member#email()}. */
    EMAIL("email"),
    /** {@link Member#position()}. */
    POSITION("position");

    private final String fieldName;

    MemberField(String fieldName) {
        this.fieldName = fieldName;
    }

    /**
     * The field's name as in error messages and {@link io.orgkit.core.ValidationException.FieldError#field()} ({@code employeeId}).
     *
     * @return the name
     */
    public String fieldName() {
        return fieldName;
    }
}
