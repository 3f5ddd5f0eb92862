package io.orgkit.store.jdbc.internal;

import static io.orgkit.store.jdbc.internal.Db.args;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The departments table: a materialized path per department (indexed), so a subtree is one
 * {@code path LIKE 'prefix%'} query and a move one UPDATE of the paths under it.
 */
final class DepartmentSql {
    /** The columns an update rewrites, in {@link #fieldValues} order. */
    private static final String FIELDS = "parent_id, name, sort_order, path, depth, external_id, managers";

    private static final String COLUMNS = "org_id, id, " + FIELDS;

    private static final String SET_FIELDS = Db.assignments(FIELDS);

    private final Db db;
    private final SqlDialect dialect;
    private final Tables t;
    private final String order;

    DepartmentSql(Db db, SqlDialect dialect, Tables t) {
        this.db = db;
        this.dialect = dialect;
        this.t = t;
        this.order = " ORDER BY sort_order, " + dialect.ordered("name") + ", " + dialect.ordered("id");
    }

    void insert(Collection<Department> departments) {
        db.insert(Db.Rows.insert(t.departments(), COLUMNS), departments, DepartmentSql::values);
    }

    private static @Nullable Object[] values(Department d) {
        return Db.concat(new @Nullable Object[] {d.orgId().value(), d.id().value()}, fieldValues(d));
    }

    private static @Nullable Object[] fieldValues(Department d) {
        return new @Nullable Object[] {
            d.parentId() == null ? null : d.parentId().value(),
            d.name(),
            d.order(),
            d.path(),
            d.depth(),
            d.externalId(),
            managers(d)
        };
    }

    void update(Department d) {
        int rows = db.update(
                "UPDATE " + t.departments() + " SET " + SET_FIELDS + " WHERE org_id = ? AND id = ?",
                args(Db.concat(fieldValues(d), d.orgId().value(), d.id().value())));
        if (rows == 0) {
            throw new IllegalStateException("department " + d.id() + " is not stored");
        }
    }

    void delete(OrgId org, DepartmentId id) {
        db.update("DELETE FROM " + t.departments() + " WHERE org_id = ? AND id = ?", args(org.value(), id.value()));
    }

    Optional<Department> get(OrgId org, DepartmentId id) {
        return db.one(select() + " WHERE org_id = ? AND id = ?", args(org.value(), id.value()), DepartmentSql::row);
    }

    Optional<Department> byExternalId(OrgId org, String externalId) {
        return db.one(
                select() + " WHERE org_id = ? AND external_id = ?", args(org.value(), externalId), DepartmentSql::row);
    }

    List<Department> children(OrgId org, DepartmentId parent) {
        return db.list(
                select() + " WHERE org_id = ? AND parent_id = ?" + order,
                args(org.value(), parent.value()),
                DepartmentSql::row);
    }

    List<Department> subtree(OrgId org, String pathPrefix) {
        return db.list(
                select() + " WHERE org_id = ? AND path LIKE ? ESCAPE '!'" + byDepth(),
                args(org.value(), Like.prefix(pathPrefix)),
                DepartmentSql::row);
    }

    List<Department> all(OrgId org) {
        return db.list(select() + " WHERE org_id = ?" + byDepth(), args(org.value()), DepartmentSql::row);
    }

    int replacePathPrefix(OrgId org, String oldPrefix, String newPrefix) {
        int depthChange = slashes(newPrefix) - slashes(oldPrefix);
        return db.update(
                "UPDATE " + t.departments() + " SET path = " + dialect.concatParamWithSuffix("path")
                        + ", depth = depth + ? WHERE org_id = ? AND path LIKE ? ESCAPE '!'",
                args(newPrefix, oldPrefix.length() + 1, depthChange, org.value(), Like.prefix(oldPrefix)));
    }

    List<Department> search(OrgId org, String needle, int limit) {
        return db.list(
                select() + " WHERE org_id = ? AND LOWER(name) LIKE ? ESCAPE '!'" + order + " LIMIT ?",
                args(org.value(), Like.contains(needle.toLowerCase(Locale.ROOT)), limit),
                DepartmentSql::row);
    }

    private String byDepth() {
        return order.replace(" ORDER BY ", " ORDER BY depth, ");
    }

    private String select() {
        return "SELECT " + COLUMNS + " FROM " + t.departments();
    }

    private static int slashes(String path) {
        return (int) path.chars().filter(ch -> ch == '/').count();
    }

    private static String managers(Department d) {
        return Json.write(d.managerIds().stream().map(MemberId::value).toList());
    }

    private static Department row(ResultSet rs) throws SQLException {
        String parent = rs.getString("parent_id");
        return new Department(
                DepartmentId.of(rs.getString("id")),
                OrgId.of(rs.getString("org_id")),
                parent == null ? null : DepartmentId.of(parent),
                rs.getString("name"),
                rs.getLong("sort_order"),
                rs.getString("path"),
                rs.getString("external_id"),
                Json.list(rs.getString("managers")).stream().map(MemberId::of).toList());
    }
}
