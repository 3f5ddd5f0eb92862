package io.orgkit.core.search;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.roles.RoleId;
import org.jspecify.annotations.Nullable;

/**
 * A member search: text matched (case-insensitive substring) against name, employee ID, phone and email,
 * optionally limited to a department's subtree and to holders of a role.
 */
public record MemberQuery(String text, @Nullable DepartmentId inDepartment, @Nullable RoleId withRole, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public MemberQuery {
        Check.notNull(text, "text");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    public static MemberQuery of(String text) {
        return new MemberQuery(text, null, null, DEFAULT_LIMIT);
    }

    public MemberQuery inDepartment(DepartmentId department) {
        return new MemberQuery(text, department, withRole, limit);
    }

    public MemberQuery withRole(RoleId role) {
        return new MemberQuery(text, inDepartment, role, limit);
    }

    public MemberQuery limit(int max) {
        return new MemberQuery(text, inDepartment, withRole, max);
    }
}
