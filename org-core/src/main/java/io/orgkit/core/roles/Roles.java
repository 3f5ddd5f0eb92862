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

    /**
     * Creates a role group.
     *
     * @param name 1-100 characters
     * @return the new group
     * @throws io.orgkit.core.ValidationException when the name is blank or too long
     */
    RoleGroup createGroup(String name);

    /**
     * Renames a role group.
     *
     * @param id the group
     * @param name 1-100 characters
     * @return the renamed group
     * @throws io.orgkit.core.ValidationException when the name is blank or too long
     * @throws io.orgkit.core.NotFoundException when this organization has no such group
     */
    RoleGroup renameGroup(RoleGroupId id, String name);

    /**
     * Deletes an empty group; refused while it holds roles.
     *
     * @throws io.orgkit.core.NotFoundException when this organization has no such group
     * @throws io.orgkit.core.ConflictException while the group still has roles
     */
    void deleteGroup(RoleGroupId id);

    /** {@return every role group of the organization, by name} */
    List<RoleGroup> groups();

    /**
     * Creates a role in a group.
     *
     * @param group the group
     * @param name 1-100 characters
     * @return the new role
     * @throws io.orgkit.core.ValidationException when the name is blank or too long
     * @throws io.orgkit.core.NotFoundException when this organization has no such group
     */
    Role create(RoleGroupId group, String name);

    /**
     * Renames a role.
     *
     * @param id the role
     * @param name 1-100 characters
     * @return the renamed role
     * @throws io.orgkit.core.ValidationException when the name is blank or too long
     * @throws io.orgkit.core.NotFoundException when this organization has no such role
     */
    Role rename(RoleId id, String name);

    /**
     * Deletes a role and its memberships; the built-in administrator role cannot be deleted.
     *
     * @throws io.orgkit.core.NotFoundException when this organization has no such role
     * @throws io.orgkit.core.ConflictException for the built-in administrator role
     */
    void delete(RoleId id);

    /**
     * A role of this organization.
     *
     * @param id the role's id
     * @return the role
     * @throws io.orgkit.core.NotFoundException when this organization has no such role
     */
    Role get(RoleId id);

    /** {@return every role of the organization, by name} */
    List<Role> list();

    /**
     * The roles of one group.
     *
     * @param group the group
     * @return its roles, by name
     * @throws io.orgkit.core.NotFoundException when this organization has no such group
     */
    List<Role> inGroup(RoleGroupId group);

    /** The built-in administrator role. */
    Role admin();

    /**
     * Adds active members to the role in one call; members already in it stay once.
     *
     * @throws io.orgkit.core.NotFoundException when the role or a member does not exist in this organization
     * @throws io.orgkit.core.ValidationException when a member has resigned
     */
    void addMembers(RoleId role, Collection<MemberId> members);

    /**
     * Takes a role from members; members who do not hold it are ignored.
     *
     * @param role the role
     * @param members the members
     * @throws io.orgkit.core.NotFoundException when this organization has no such role
     */
    void removeMembers(RoleId role, Collection<MemberId> members);

    /**
     * Active members holding the role, by name.
     *
     * @throws io.orgkit.core.NotFoundException when this organization has no such role
     */
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
