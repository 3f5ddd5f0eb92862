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

    /** Roles the member holds, by name. */
    List<Role> rolesOf(MemberId member);
}
