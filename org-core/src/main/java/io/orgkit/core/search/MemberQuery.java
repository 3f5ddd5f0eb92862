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
 */
public record MemberQuery(
        String text,
        @Nullable DepartmentId inDepartment,
        @Nullable RoleId withRole,
        int limit,
        @Nullable String after) {
    /** Hits per page when no limit is given. */
    public static final int DEFAULT_LIMIT = 50;
    /** Most hits one page may ask for. */
    public static final int MAX_LIMIT = 1000;

    /**
     * Validates the query.
     *
     * @throws ValidationException when the limit is outside 1..{@value #MAX_LIMIT}
     */
    public MemberQuery {
        Check.notNull(text, "text");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ValidationException.of("limit", "limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    /**
     * A query for the first page of hits.
     *
     * @param text the text to search for
     * @param inDepartment only members in this department's subtree, or null for all
     * @param withRole only holders of this role, or null for all
     * @param limit hits per page, 1..{@value #MAX_LIMIT}
     * @throws ValidationException when the limit is outside 1..{@value #MAX_LIMIT}
     */
    public MemberQuery(String text, @Nullable DepartmentId inDepartment, @Nullable RoleId withRole, int limit) {
        this(text, inDepartment, withRole, limit, null);
    }

    /**
     * A query for {@code text} over the whole organization, {@value #DEFAULT_LIMIT} hits per page.
     *
     * @param text the text to search for
     * @return the query
     */
    public static MemberQuery of(String text) {
        return new MemberQuery(text, null, null, DEFAULT_LIMIT, null);
    }

    /**
     * This query limited to a department's subtree.
     *
     * @param department the department
     * @return a new query
     */
    public MemberQuery inDepartment(DepartmentId department) {
        return new MemberQuery(text, department, withRole, limit, after);
    }

    /**
     * This query limited to holders of a role.
     *
     * @param role the role
     * @return a new query
     */
    public MemberQuery withRole(RoleId role) {
        return new MemberQuery(text, inDepartment, role, limit, after);
    }

    /**
     * This query with another page size.
     *
     * @param max hits per page, 1..{@value #MAX_LIMIT}
     * @return a new query
     * @throws ValidationException when {@code max} is outside 1..{@value #MAX_LIMIT}
     */
    public MemberQuery limit(int max) {
        return new MemberQuery(text, inDepartment, withRole, max, after);
    }

    /** The next page: hits after {@code cursor} (from {@link SearchPage#next()}). */
    public MemberQuery after(@Nullable String cursor) {
        return new MemberQuery(text, inDepartment, withRole, limit, cursor);
    }
}
