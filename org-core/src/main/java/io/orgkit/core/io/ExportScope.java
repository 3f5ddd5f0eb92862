package io.orgkit.core.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Check;
import io.orgkit.core.members.MemberId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which members an export contains: the whole organization, one department (optionally with its
 * sub-departments), or selected members.
 */
public record ExportScope(
        Kind kind, @Nullable DepartmentId department, boolean includeSubDepartments, List<MemberId> members) {

    /** The kinds of scope. */
    public enum Kind {
        /** Every member of the organization. */
        ORGANIZATION,
        /** The members of one department, optionally with its sub-departments. */
        DEPARTMENT,
        /** Members chosen by id. */
        MEMBERS
    }

    /**
     * Validates the scope and copies the member ids.
     *
     * @throws io.orgkit.core.ValidationException when the kind is missing, or a department scope names no department
     *     (or another kind names one)
     */
    public ExportScope {
        Check.notNull(kind, "kind");
        members = List.copyOf(members);
        if ((kind == Kind.DEPARTMENT) != (department != null)) {
            throw ValidationException.of("departments", "a department scope names exactly one department");
        }
    }

    /** {@return the whole organization} */
    public static ExportScope organization() {
        return new ExportScope(Kind.ORGANIZATION, null, true, List.of());
    }

    /**
     * One department's members.
     *
     * @param id the department
     * @param includeSubDepartments whether members of its sub-departments are included
     * @return the scope
     * @throws io.orgkit.core.ValidationException when the id is null
     */
    public static ExportScope department(DepartmentId id, boolean includeSubDepartments) {
        return new ExportScope(Kind.DEPARTMENT, Check.notNull(id, "id"), includeSubDepartments, List.of());
    }

    /** The members given (unknown ids are refused), in the order given. */
    public static ExportScope members(List<MemberId> ids) {
        return new ExportScope(Kind.MEMBERS, null, false, ids);
    }
}
