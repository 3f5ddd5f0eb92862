package io.orgkit.store.jdbc.internal;

import static io.orgkit.store.jdbc.internal.Db.args;

import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The organizations table. The default organization holds default_flag = 'Y', unique, so there is one. */
final class OrgSql {
    private static final String COLUMNS = "id, name, type, leader_id, allow_join, default_flag, settings, created_ns";

    private final Db db;
    private final Tables t;

    OrgSql(Db db, Tables t) {
        this.db = db;
        this.t = t;
    }

    void insert(Organization o) {
        db.update(
                "INSERT INTO " + t.organizations() + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                args(
                        o.id().value(),
                        o.name(),
                        o.type(),
                        leader(o),
                        o.allowJoin(),
                        flag(o),
                        Json.write(o.settings()),
                        Times.toNanos(o.createdAt())));
    }

    void update(Organization o) {
        int rows = db.update(
                "UPDATE " + t.organizations() + " SET name = ?, type = ?, leader_id = ?, allow_join = ?,"
                        + " default_flag = ?, settings = ? WHERE id = ?",
                args(o.name(), o.type(), leader(o), o.allowJoin(), flag(o), Json.write(o.settings()), o.id().value()));
        if (rows == 0) {
            throw new IllegalStateException("organization " + o.id() + " is not stored; insert it first");
        }
    }

    Optional<Organization> get(OrgId id) {
        return db.one(
                "SELECT " + COLUMNS + " FROM " + t.organizations() + " WHERE id = ?", args(id.value()), OrgSql::row);
    }

    /** A locked organization and the search revision its writes in this transaction get. */
    record Locked(Organization org, long searchRevision) {}

    /**
     * The organization's row, locked until the transaction ends by raising its search revision: every write
     * transaction of an organization takes the next revision, in the order the lock serialises them (one
     * statement on H2 and PostgreSQL, an update and a read of the locked row on MySQL and MariaDB).
     */
    Optional<Locked> lock(OrgId id, SqlDialect dialect) {
        String bump = "UPDATE " + t.organizations() + " SET search_rev = search_rev + 1 WHERE id = ?";
        String columns = COLUMNS + ", search_rev";
        Db.Row<Locked> row = rs -> new Locked(row(rs), rs.getLong("search_rev"));
        return switch (dialect.kind()) {
            case POSTGRESQL -> db.one(bump + " RETURNING " + columns, args(id.value()), row);
            case H2 -> db.one("SELECT " + columns + " FROM FINAL TABLE (" + bump + ")", args(id.value()), row);
            case MYSQL ->
                db.update(bump, args(id.value())) == 0
                        ? Optional.empty()
                        : db.one(
                                "SELECT " + columns + " FROM " + t.organizations() + " WHERE id = ?",
                                args(id.value()),
                                row);
        };
    }

    /**
     * Deletes the organization's rows from every OrgKit table (children first, the organization's row last, which
     * the caller holds locked).
     */
    void delete(OrgId id) {
        for (String table : List.of(
                t.searchDocs(),
                t.roleMembers(),
                t.roles(),
                t.roleGroups(),
                t.credentials(),
                t.links(),
                t.members(),
                t.departments(),
                t.attributes(),
                t.singleUse(),
                t.events())) {
            db.update("DELETE FROM " + table + " WHERE org_id = ?", args(id.value()));
        }
        db.update("DELETE FROM " + t.organizations() + " WHERE id = ?", args(id.value()));
    }

    List<Organization> all() {
        return db.list(
                "SELECT " + COLUMNS + " FROM " + t.organizations() + " ORDER BY created_ns, id", args(), OrgSql::row);
    }

    private static @Nullable String leader(Organization o) {
        return o.leaderId() == null ? null : o.leaderId().value();
    }

    private static @Nullable String flag(Organization o) {
        return o.isDefault() ? "Y" : null;
    }

    private static Organization row(ResultSet rs) throws SQLException {
        String leader = rs.getString("leader_id");
        return new Organization(
                OrgId.of(rs.getString("id")),
                rs.getString("name"),
                rs.getString("type"),
                leader == null ? null : MemberId.of(leader),
                rs.getBoolean("allow_join"),
                rs.getString("default_flag") != null,
                Json.map(rs.getString("settings")),
                Times.fromNanos(rs.getLong("created_ns")));
    }
}
