package io.orgkit.core.members;

import io.orgkit.core.internal.Check;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a member's fields; fields not set stay as they are, fields set to {@code null} (except the name)
 * are cleared: <pre>{@code MemberUpdate.create().position("Lead").email(null)}</pre>
 * Departments change with {@link Members#moveTo}.
 */
public final class MemberUpdate {
    private @Nullable Optional<String> name;
    private @Nullable Optional<String> employeeId;
    private @Nullable Optional<String> phone;
    private @Nullable Optional<String> email;
    private @Nullable Optional<String> position;

    private MemberUpdate() {}

    /** {@return an update that changes nothing yet} */
    public static MemberUpdate create() {
        return new MemberUpdate();
    }

    /**
     * Sets a new name (validated when applied: 1-100 characters).
     *
     * @param value the name
     * @return this update
     * @throws io.orgkit.core.ValidationException when the name is null
     */
    public MemberUpdate name(String value) {
        this.name = Optional.of(Check.notNull(value, "name"));
        return this;
    }

    /**
     * Sets a new employee ID, or removes it with null.
     *
     * @param value the employee ID, or null
     * @return this update
     */
    public MemberUpdate employeeId(@Nullable String value) {
        this.employeeId = Optional.ofNullable(value);
        return this;
    }

    /**
     * Sets a new phone number (any common format), or removes it with null.
     *
     * @param value the phone number, or null
     * @return this update
     */
    public MemberUpdate phone(@Nullable String value) {
        this.phone = Optional.ofNullable(value);
        return this;
    }

    /**
     * Sets a new email address, or removes it with null.
     *
     * @param value the email address, or null
     * @return this update
     */
    public MemberUpdate email(@Nullable String value) {
        this.email = Optional.ofNullable(value);
        return this;
    }

    /**
     * Sets a new position (job title), or removes it with null.
     *
     * @param value the position, or null
     * @return this update
     */
    public MemberUpdate position(@Nullable String value) {
        this.position = Optional.ofNullable(value);
        return this;
    }

    /** Applies the changes to {@code m}'s fields (unvalidated: core validates the result). */
    public Member applyTo(Member m) {
        return new Member(
                m.id(),
                m.orgId(),
                java.util.Objects.requireNonNull(pick(name, m.name())),
                pick(employeeId, m.employeeId()),
                pick(phone, m.phone()),
                pick(email, m.email()),
                pick(position, m.position()),
                m.departmentIds(),
                m.mainDepartmentId(),
                m.status(),
                m.resignedAt(),
                m.externalId(),
                m.createdAt(),
                m.platformAccount());
    }

    @SuppressWarnings("OptionalAssignedToNull")
    private static <T> @Nullable T pick(@Nullable Optional<T> change, @Nullable T current) {
        return change == null ? current : change.orElse(null);
    }

    /** {@return whether the update changes no field} */
    public boolean isEmpty() {
        return name == null && employeeId == null && phone == null && email == null && position == null;
    }
}
