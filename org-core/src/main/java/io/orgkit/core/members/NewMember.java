package io.orgkit.core.members;

import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Check;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member to add:
 * <pre>{@code NewMember.named("Bob Li").employeeId("E0002").phone("+86 139 0013 9000").in(rnd.id())}</pre>
 * The first department given with {@link #in} is the main one unless {@link #mainDepartment} says otherwise.
 * Without any department the member joins the organization's root.
 */
public final class NewMember {
    private final String name;
    private @Nullable String employeeId;
    private @Nullable String phone;
    private @Nullable String email;
    private @Nullable String position;
    private final LinkedHashSet<DepartmentId> departments = new LinkedHashSet<>();
    private @Nullable DepartmentId main;

    private NewMember(String name) {
        this.name = Check.notNull(name, "name");
    }

    /**
     * A member to add with this name (checked when added: 1..100 characters, not blank).
     *
     * @throws io.orgkit.core.ValidationException when {@code name} is null
     */
    public static NewMember named(String name) {
        return new NewMember(name);
    }

    /**
     * Sets the employee ID (unique in the organization).
     *
     * @param value the employee ID, or null for none
     * @return this
     */
    public NewMember employeeId(@Nullable String value) {
        this.employeeId = value;
        return this;
    }

    /**
     * Sets the phone number (any common format; unique in the organization).
     *
     * @param value the phone number, or null for none
     * @return this
     */
    public NewMember phone(@Nullable String value) {
        this.phone = value;
        return this;
    }

    /**
     * Sets the email address (unique in the organization).
     *
     * @param value the email address, or null for none
     * @return this
     */
    public NewMember email(@Nullable String value) {
        this.email = value;
        return this;
    }

    /**
     * Sets the position (job title).
     *
     * @param value the position, or null for none
     * @return this
     */
    public NewMember position(@Nullable String value) {
        this.position = value;
        return this;
    }

    /** Adds departments; the first one ever given is the main one unless {@link #mainDepartment} is called. */
    public NewMember in(DepartmentId... ids) {
        for (DepartmentId id : ids) {
            departments.add(Check.notNull(id, "department id"));
        }
        return this;
    }

    /**
     * Adds a department and makes it the main one.
     *
     * @param id the department
     * @return this
     * @throws io.orgkit.core.ValidationException when the id is null
     */
    public NewMember mainDepartment(DepartmentId id) {
        departments.add(Check.notNull(id, "department id"));
        this.main = id;
        return this;
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the employee ID, or null} */
    public @Nullable String employeeId() {
        return employeeId;
    }

    /** {@return the phone number as given, or null} */
    public @Nullable String phone() {
        return phone;
    }

    /** {@return the email address, or null} */
    public @Nullable String email() {
        return email;
    }

    /** {@return the position, or null} */
    public @Nullable String position() {
        return position;
    }

    /** {@return a copy of the departments, in the order given} */
    public List<DepartmentId> departments() {
        return new ArrayList<>(departments);
    }

    /** {@return the main department: the one set with {@link #mainDepartment}, else the first, else null} */
    public @Nullable DepartmentId mainDepartment() {
        return main != null ? main : departments.stream().findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "NewMember[" + name + ", employeeId=" + employeeId + ", departments=" + departments + "]";
    }
}
