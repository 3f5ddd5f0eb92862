package io.orgkit.core.internal;

import io.orgkit.core.ConflictException;
import io.orgkit.core.NotFoundException;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import io.orgkit.core.roles.Roles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Roles are local in every organization, so none of these calls is refused for synced ones. */
final class RolesApi extends OrgScoped implements Roles {

    RolesApi(ServiceContext ctx, OrgId org) {
        super(ctx, org);
    }

    private RoleGroup group(io.orgkit.core.store.StoreSession s, RoleGroupId id) {
        return s.roleGroup(org, id).orElseThrow(() -> NotFoundException.of("role group", id));
    }

    @Override
    public RoleGroup createGroup(String name) {
        String n = Rules.requireName("name", name);
        return change(tx -> {
            RoleGroup g = new RoleGroup(RoleGroupId.random(), org, n);
            tx.session().insertRoleGroup(g);
            return g;
        });
    }

    @Override
    public RoleGroup renameGroup(RoleGroupId id, String name) {
        String n = Rules.requireName("name", name);
        return change(tx -> {
            RoleGroup g = new RoleGroup(group(tx.session(), id).id(), org, n);
            tx.session().updateRoleGroup(g);
            return g;
        });
    }

    @Override
    public void deleteGroup(RoleGroupId id) {
        change(tx -> {
            RoleGroup g = group(tx.session(), id);
            long roles = tx.session().roles(org).stream()
                    .filter(r -> r.groupId().equals(id))
                    .count();
            if (roles > 0) {
                throw new ConflictException(
                        "role group '" + g.name() + "' still holds " + roles + " role(s); delete them first");
            }
            tx.session().deleteRoleGroup(org, id);
            return null;
        });
    }

    @Override
    public List<RoleGroup> groups() {
        return ctx.read(s -> s.roleGroups(org));
    }

    @Override
    public Role create(RoleGroupId groupId, String name) {
        String n = Rules.requireName("name", name);
        return change(tx -> {
            group(tx.session(), groupId);
            Role r = new Role(RoleId.random(), org, groupId, n, null);
            tx.session().insertRole(r);
            return r;
        });
    }

    @Override
    public Role rename(RoleId id, String name) {
        String n = Rules.requireName("name", name);
        return change(tx -> {
            Role r = Guard.role(tx.session(), org, id).withName(n);
            tx.session().updateRole(r);
            return r;
        });
    }

    @Override
    public void delete(RoleId id) {
        change(tx -> {
            Role r = Guard.role(tx.session(), org, id);
            if (Role.ADMIN.equals(r.key())) {
                throw new ConflictException("the built-in administrator role cannot be deleted");
            }
            List<MemberId> holders = List.copyOf(tx.session().roleMembers(org, id));
            tx.session().deleteRole(org, id);
            if (!holders.isEmpty()) {
                tx.emit(new OrgEvent.RoleMembersChanged(org, tx.now(), id, List.of(), holders));
            }
            return null;
        });
    }

    @Override
    public Role get(RoleId id) {
        return ctx.read(s -> Guard.role(s, org, id));
    }

    @Override
    public List<Role> list() {
        return ctx.read(s -> s.roles(org));
    }

    @Override
    public List<Role> inGroup(RoleGroupId groupId) {
        return ctx.read(s -> {
            group(s, groupId);
            return s.roles(org).stream()
                    .filter(r -> r.groupId().equals(groupId))
                    .toList();
        });
    }

    @Override
    public Role admin() {
        return ctx.read(s -> s.roleByKey(org, Role.ADMIN).orElseThrow(() -> NotFoundException.of("role", Role.ADMIN)));
    }

    @Override
    public void addMembers(RoleId role, Collection<MemberId> members) {
        change(tx -> {
            Guard.role(tx.session(), org, role);
            Set<MemberId> current = tx.session().roleMembers(org, role);
            List<MemberId> added = new ArrayList<>();
            for (MemberId m : new LinkedHashSet<>(members)) {
                Guard.activeMember(tx.session(), org, m);
                if (!current.contains(m)) {
                    added.add(m);
                }
            }
            if (!added.isEmpty()) {
                tx.session().addRoleMembers(org, role, added);
                tx.emit(new OrgEvent.RoleMembersChanged(org, tx.now(), role, added, List.of()));
            }
            return null;
        });
    }

    @Override
    public void removeMembers(RoleId role, Collection<MemberId> members) {
        change(tx -> {
            Guard.role(tx.session(), org, role);
            Set<MemberId> current = tx.session().roleMembers(org, role);
            List<MemberId> removed = new LinkedHashSet<>(members)
                    .stream().filter(current::contains).toList();
            if (!removed.isEmpty()) {
                tx.session().removeRoleMembers(org, role, removed);
                tx.emit(new OrgEvent.RoleMembersChanged(org, tx.now(), role, List.of(), removed));
            }
            return null;
        });
    }

    @Override
    public io.orgkit.core.Page<Member> members(
            RoleId role, @org.jspecify.annotations.Nullable String cursor, int limit) {
        Cursors.limit(limit);
        return ctx.read(s -> {
            Guard.role(s, org, role);
            return Cursors.members(
                    s, io.orgkit.core.store.MemberPageQuery.all(org, limit).withRole(role), cursor, limit);
        });
    }

    @Override
    public List<Member> members(RoleId role) {
        return ctx.read(s -> {
            Guard.role(s, org, role);
            return s.members(org, s.roleMembers(org, role)).stream()
                    .filter(Member::isActive)
                    .toList();
        });
    }

    @Override
    public List<Role> rolesOf(MemberId member) {
        return ctx.read(s -> {
            Guard.member(s, org, member);
            return s.rolesOfMember(org, member).stream()
                    .map(id -> Guard.role(s, org, id))
                    .sorted(Comparator.comparing(Role::name))
                    .toList();
        });
    }
}
