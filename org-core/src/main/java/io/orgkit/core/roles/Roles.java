package io.orgkit.core.roles;

import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import java.util.Collection;
import java.util.List;

/**
 * Role groups, roles and their members. Roles are local in every organization, synced ones included.
 * Every organization has the built-in administrator role ({@link #admin()}).
 */
public interface Roles {

    RoleGroup createGroup(String name);

    RoleGroup renameGroup(RoleGroupId id, String name);

    /** Deletes an empty group; refused while it holds roles. */
    void deleteGroup(RoleGroupId id);

    List<RoleGroup> groups();

    Role create(RoleGroupId group, String name);

    Role rename(RoleId id, String name);

    /** Deletes a role and its memberships; the built-in administrator role cannot be deleted. */
    void delete(RoleId id);

    Role get(RoleId id);

    List<Role> list();

    List<Role> inGroup(RoleGroupId group);

    /** The built-in administrator role. */
    Role admin();

    /** Adds active members to the role in one call; members already in it stay once. */
    void addMembers(RoleId role, Collection<MemberId> members);

    void removeMembers(RoleId role, Collection<MemberId> members);

    /** Active members holding the role, by name. */
    List<Member> members(RoleId role);

    /**
     * One page of the active members holding the role, by name then id; see {@link io.orgkit.core.Page}.
     *
     * @param role the role
     * @param cursor null for the first page, else the {@code next()} of the page before
     * @param limit the page size, 1-{@value io.orgkit.core.Page#MAX_LIMIT}
     * @return the page
     * @throws io.orgkit.core.NotFoundException when the role does not exist in this organization
     * @throws io.orgkit.core.ValidationException for a bad cursor or limit
     */
    io.orgkit.core.Page<Member> members(RoleId role, @org.jspecify.annotations.Nullable String cursor, int limit);

    /** Roles the member holds, by name. */
    List<Role> rolesOf(MemberId member);
}
