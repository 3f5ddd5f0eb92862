package io.orgkit.core.store;

import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Check;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.RoleId;
import org.jspecify.annotations.Nullable;

/**
 * A page of active members in (name, id) order ({@link StoreSession#memberPage}): those of one scope (the whole
 * organization, one department's direct members, a subtree's members, a role's holders) that sort after
 * ({@code afterName}, {@code afterId}), at most {@code limit}. Names compare as {@link String#compareTo} does
 * (a relational store compares by code point, as it orders members).
 *
 * @param orgId the organization
 * @param department direct members of this department only, or null
 * @param subtreePath members of every department whose path starts with this ({@link
 *     io.orgkit.core.departments.Department#path()} of the subtree's top), or null
 * @param role holders of this role only, or null
 * @param afterName the name of the last member of the page before, or null for the first page
 * @param afterId the id of that member (set together with {@code afterName})
 * @param limit at most this many members
 */
public record MemberPageQuery(
        OrgId orgId,
        @Nullable DepartmentId department,
        @Nullable String subtreePath,
        @Nullable RoleId role,
        @Nullable String afterName,
        @Nullable MemberId afterId,
        int limit) {

    /**
     * Checks the query.
     *
     * @param orgId the {@code orgId} component
     * @param department the {@code department} component
     * @param subtreePath the {@code subtreePath} component
     * @param role the {@code role} component
     * @param afterName the {@code afterName} component
     * @param afterId the {@code afterId} component
     * @param limit the {@code limit} component
     * @throws io.orgkit.core.ValidationException when the organization is missing, more than one scope is set, only
     *     one of the position's parts is set, or the limit is not positive
     */
    public MemberPageQuery {
        Check.notNull(orgId, "orgId");
        int scopes = (department != null ? 1 : 0) + (subtreePath != null ? 1 : 0) + (role != null ? 1 : 0);
        if (scopes > 1) {
            throw io.orgkit.core.ValidationException.of("scope", "at most one of department, subtree, role");
        }
        if ((afterName == null) != (afterId == null)) {
            throw io.orgkit.core.ValidationException.of("after", "name and id of the position go together");
        }
        if (limit < 1) {
            throw io.orgkit.core.ValidationException.of("limit", "must be positive, was " + limit);
        }
    }

    /**
     * The first page of the organization's active members.
     *
     * @param org the organization
     * @param limit the page size
     * @return the query
     */
    public static MemberPageQuery all(OrgId org, int limit) {
        return new MemberPageQuery(org, null, null, null, null, null, limit);
    }

    /**
     * A copy scoped to the direct members of {@code id}.
     *
     * @param id the department
     * @return the copy
     */
    public MemberPageQuery inDepartment(DepartmentId id) {
        return new MemberPageQuery(orgId, id, null, null, afterName, afterId, limit);
    }

    /**
     * A copy scoped to the members of every department whose path starts with {@code path}.
     *
     * @param path a department's path
     * @return the copy
     */
    public MemberPageQuery inSubtree(String path) {
        return new MemberPageQuery(orgId, null, path, null, afterName, afterId, limit);
    }

    /**
     * A copy scoped to the holders of {@code id}.
     *
     * @param id the role
     * @return the copy
     */
    public MemberPageQuery withRole(RoleId id) {
        return new MemberPageQuery(orgId, null, null, id, afterName, afterId, limit);
    }

    /**
     * A copy starting after the member ({@code name}, {@code id}).
     *
     * @param name the last name given
     * @param id the last id given
     * @return the copy
     */
    public MemberPageQuery after(String name, MemberId id) {
        return new MemberPageQuery(orgId, department, subtreePath, role, name, id, limit);
    }

    /**
     * Whether {@code name}/{@code id} sorts after this query's position.
     *
     * @param name a member's name
     * @param id its id
     * @return true when there is no position or the member sorts after it
     */
    public boolean isAfter(String name, MemberId id) {
        if (afterName == null || afterId == null) {
            return true;
        }
        int c = name.compareTo(afterName);
        return c > 0 || c == 0 && id.value().compareTo(afterId.value()) > 0;
    }
}
