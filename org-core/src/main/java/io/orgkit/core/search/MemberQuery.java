package io.orgkit.core.search;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Check;
import io.orgkit.core.roles.RoleId;
import org.jspecify.annotations.Nullable;

/**
 * A member search: text matched against the search terms of active members (name and its plug-in terms such as
 * pinyin, employee ID, phone digits, email), optionally limited to a department's subtree and to holders of a
 * role; at most {@code limit} hits, after the position {@code after} (a cursor from a previous
 * {@link SearchPage#next()}).
 *
 * @throws IllegalArgumentException (from the constructor) when the limit is outside 1..{@value #MAX_LIMIT}
 */
public record MemberQuery(
        String text,
        @Nullable DepartmentId inDepartment,
        @Nullable RoleId withRole,
        int limit,
        @Nullable String after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public MemberQuery {
        Check.notNull(text, "text");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    public MemberQuery(String text, @Nullable DepartmentId inDepartment, @Nullable RoleId withRole, int limit) {
        this(text, inDepartment, withRole, limit, null);
    }

    public static MemberQuery of(String text) {
        return new MemberQuery(text, null, null, DEFAULT_LIMIT, null);
    }

    public MemberQuery inDepartment(DepartmentId department) {
        return new MemberQuery(text, department, withRole, limit, after);
    }

    public MemberQuery withRole(RoleId role) {
        return new MemberQuery(text, inDepartment, role, limit, after);
    }

    public MemberQuery limit(int max) {
        return new MemberQuery(text, inDepartment, withRole, max, after);
    }

    /** The next page: hits after {@code cursor} (from {@link SearchPage#next()}). */
    public MemberQuery after(@Nullable String cursor) {
        return new MemberQuery(text, inDepartment, withRole, limit, cursor);
    }
}
