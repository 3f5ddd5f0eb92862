package io.orgkit.store.jdbc.internal;

import static io.orgkit.store.jdbc.internal.Db.args;

import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Role groups, roles and the role member links. */
final class RoleSql {
    private final Db db;
    private final SqlDialect dialect;
    private final Tables t;

    RoleSql(Db db, SqlDialect dialect, Tables t) {
        this.db = db;
        this.dialect = dialect;
        this.t = t;
    }

    void insertGroup(RoleGroup g) {
        db.update(
                "INSERT INTO " + t.roleGroups() + " (org_id, id, name) VALUES (?, ?, ?)",
                args(g.orgId().value(), g.id().value(), g.name()));
    }

    void updateGroup(RoleGroup g) {
        db.update(
                "UPDATE " + t.roleGroups() + " SET name = ? WHERE org_id = ? AND id = ?",
                args(g.name(), g.orgId().value(), g.id().value()));
    }

    void deleteGroup(OrgId org, RoleGroupId id) {
        db.update("DELETE FROM " + t.roleGroups() + " WHERE org_id = ? AND id = ?", args(org.value(), id.value()));
    }

    Optional<RoleGroup> group(OrgId org, RoleGroupId id) {
        return db.one(
                "SELECT org_id, id, name FROM " + t.roleGroups() + " WHERE org_id = ? AND id = ?",
                args(org.value(), id.value()),
                RoleSql::groupRow);
    }

    List<RoleGroup> groups(OrgId org) {
        return db.list(
                "SELECT org_id, id, name FROM " + t.roleGroups() + " WHERE org_id = ?" + byName(),
                args(org.value()),
                RoleSql::groupRow);
    }

    void insertRole(Role r) {
        db.update(
                "INSERT INTO " + t.roles() + " (org_id, id, group_id, name, role_key) VALUES (?, ?, ?, ?, ?)",
                args(r.orgId().value(), r.id().value(), r.groupId().value(), r.name(), r.key()));
    }

    void updateRole(Role r) {
        db.update(
                "UPDATE " + t.roles() + " SET group_id = ?, name = ?, role_key = ? WHERE org_id = ? AND id = ?",
                args(r.groupId().value(), r.name(), r.key(), r.orgId().value(), r.id().value()));
    }

    void deleteRole(OrgId org, RoleId id) {
        db.update(
                "DELETE FROM " + t.roleMembers() + " WHERE org_id = ? AND role_id = ?", args(org.value(), id.value()));
        db.update("DELETE FROM " + t.roles() + " WHERE org_id = ? AND id = ?", args(org.value(), id.value()));
    }

    Optional<Role> role(OrgId org, RoleId id) {
        return db.one(selectRole() + " WHERE org_id = ? AND id = ?", args(org.value(), id.value()), RoleSql::roleRow);
    }

    Optional<Role> roleByKey(OrgId org, String key) {
        return db.one(selectRole() + " WHERE org_id = ? AND role_key = ?", args(org.value(), key), RoleSql::roleRow);
    }

    List<Role> roles(OrgId org) {
        return db.list(selectRole() + " WHERE org_id = ?" + byName(), args(org.value()), RoleSql::roleRow);
    }

    void addMembers(OrgId org, RoleId role, Collection<MemberId> members) {
        Set<MemberId> missing = new LinkedHashSet<>(members);
        missing.removeAll(this.members(org, role));
        db.insert(Db.Rows.insert(t.roleMembers(), "org_id, role_id, member_id"), missing, m ->
                new Object[] {org.value(), role.value(), m.value()});
    }

    void removeMembers(OrgId org, RoleId role, Collection<MemberId> members) {
        db.batch(
                "DELETE FROM " + t.roleMembers() + " WHERE org_id = ? AND role_id = ? AND member_id = ?",
                members,
                (ps, m) -> Db.bind(ps, 1, org.value(), role.value(), m.value()));
    }

    void removeFromAll(OrgId org, MemberId member) {
        db.update(
                "DELETE FROM " + t.roleMembers() + " WHERE org_id = ? AND member_id = ?",
                args(org.value(), member.value()));
    }

    Set<MemberId> members(OrgId org, RoleId role) {
        Set<MemberId> out = new TreeSet<>(Comparator.comparing(MemberId::value));
        out.addAll(db.list(
                "SELECT member_id FROM " + t.roleMembers() + " WHERE org_id = ? AND role_id = ?",
                args(org.value(), role.value()),
                rs -> MemberId.of(rs.getString(1))));
        return out;
    }

    Set<RoleId> rolesOf(OrgId org, MemberId member) {
        Set<RoleId> out = new TreeSet<>(Comparator.comparing(RoleId::value));
        out.addAll(db.list(
                "SELECT role_id FROM " + t.roleMembers() + " WHERE org_id = ? AND member_id = ?",
                args(org.value(), member.value()),
                rs -> RoleId.of(rs.getString(1))));
        return out;
    }

    private String byName() {
        return " ORDER BY " + dialect.ordered("name") + ", " + dialect.ordered("id");
    }

    private String selectRole() {
        return "SELECT org_id, id, group_id, name, role_key FROM " + t.roles();
    }

    private static RoleGroup groupRow(ResultSet rs) throws SQLException {
        return new RoleGroup(
                RoleGroupId.of(rs.getString("id")), OrgId.of(rs.getString("org_id")), rs.getString("name"));
    }

    private static Role roleRow(ResultSet rs) throws SQLException {
        return new Role(
                RoleId.of(rs.getString("id")),
                OrgId.of(rs.getString("org_id")),
                RoleGroupId.of(rs.getString("group_id")),
                rs.getString("name"),
                rs.getString("role_key"));
    }
}
