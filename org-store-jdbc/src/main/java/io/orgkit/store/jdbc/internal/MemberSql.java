package io.orgkit.store.jdbc.internal;

import static io.orgkit.store.jdbc.internal.Db.args;

import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.MemberPageQuery;
import io.orgkit.core.store.UniqueKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The members table and its department link table. Every listing is two queries per chunk of at most
 * {@value Db#BATCH} ids: the member rows, then all their links through the same filter (never one query per
 * member). Unique constraints on (org, employee id key / phone / email / external id) refuse duplicates; the
 * employee id key is {@code UniqueKey.EMPLOYEE_ID.canonical} (case-insensitive, V4).
 */
final class MemberSql {
    private static final String SET_FIELDS = Db.assignments(MemberRows.FIELDS);

    private static final String ACTIVE = " AND m.status = 'ACTIVE'";

    private final Db db;
    private final Tables t;
    private final boolean h2;

    MemberSql(Db db, Tables t, SqlDialect dialect) {
        this.db = db;
        this.t = t;
        this.h2 = dialect.kind() == io.orgkit.store.jdbc.JdbcDialect.H2;
    }

    void insert(Collection<Member> members) {
        db.insert(Db.Rows.insert(t.members(), MemberRows.COLUMNS), members, MemberRows::insertValues);
        insertLinks(members);
    }

    private void insertLinks(Collection<Member> members) {
        List<MemberRows.Link> links =
                members.stream().flatMap(m -> MemberRows.Link.of(m).stream()).toList();
        db.insert(
                Db.Rows.insert(t.links(), "org_id, member_id, department_id, position"),
                links,
                MemberRows.Link::values);
    }

    void update(Member m) {
        int rows = db.update(
                "UPDATE " + t.members() + " SET " + SET_FIELDS + " WHERE org_id = ? AND id = ?",
                args(Db.concat(MemberRows.fieldValues(m), m.orgId().value(), m.id().value())));
        if (rows == 0) {
            throw new IllegalStateException("member " + m.id() + " is not stored");
        }
        db.update(
                "DELETE FROM " + t.links() + " WHERE org_id = ? AND member_id = ?",
                args(m.orgId().value(), m.id().value()));
        insertLinks(List.of(m));
    }

    Optional<Member> get(OrgId org, MemberId id) {
        return first(load(org, "m.id = ?", "l.member_id = ?", List.of(id.value())));
    }

    Optional<Member> byExternalId(OrgId org, String externalId) {
        return first(load(org, "m.external_id = ?", null, List.of(externalId)));
    }

    Optional<Member> byKey(OrgId org, UniqueKey key, String value) {
        String column = switch (key) {
            case EMPLOYEE_ID -> "employee_id_key";
            case PHONE -> "phone";
            case EMAIL -> "email";
        };
        return first(load(org, "m." + column + " = ?", null, List.of(key.canonical(value))));
    }

    List<Member> byIds(OrgId org, Collection<MemberId> ids) {
        Map<MemberId, Member> found = new LinkedHashMap<>();
        for (List<String> chunk :
                Db.chunks(ids.stream().map(MemberId::value).distinct().toList())) {
            if (h2) {
                byIdTable(org, chunk).forEach(m -> found.put(m.id(), m));
                continue;
            }
            String in = " IN (" + Db.marks(chunk.size()) + ")";
            load(org, "m.id" + in, "l.member_id" + in, chunk).forEach(m -> found.put(m.id(), m));
        }
        return sorted(found.values());
    }

    List<Member> inDepartments(OrgId org, Collection<DepartmentId> departments, boolean includeResigned) {
        Map<MemberId, Member> found = new HashMap<>();
        for (List<String> chunk : Db.chunks(
                departments.stream().map(DepartmentId::value).distinct().toList())) {
            List<Object> params = new ArrayList<>();
            params.add(org.value());
            params.addAll(chunk);
            String linked = " IN (SELECT x.member_id FROM " + t.links() + " x WHERE x.org_id = ? AND"
                    + " x.department_id IN (" + Db.marks(chunk.size()) + "))";
            load(org, "m.id" + linked + (includeResigned ? "" : ACTIVE), "l.member_id" + linked, params)
                    .forEach(m -> found.put(m.id(), m));
        }
        return sorted(found.values());
    }

    List<Member> all(OrgId org, boolean includeResigned) {
        return sorted(load(org, includeResigned ? "1 = 1" : "m.status = 'ACTIVE'", "1 = 1", List.of()));
    }

    /**
     * A keyset page: the ids of one page in (name, id) order through the (org, name) index, then the members (two
     * queries), kept in the database's order so the next page starts after the last one given.
     */
    List<Member> page(MemberPageQuery q, SqlDialect dialect) {
        List<Object> params = new ArrayList<>();
        params.add(q.orgId().value());
        StringBuilder sql = new StringBuilder("SELECT m.id FROM " + t.members() + " m WHERE m.org_id = ?" + ACTIVE);
        if (q.department() != null) {
            sql.append(" AND m.id IN (SELECT x.member_id FROM ")
                    .append(t.links())
                    .append(" x WHERE x.org_id = ? AND x.department_id = ?)");
            params.add(q.orgId().value());
            params.add(q.department().value());
        } else if (q.subtreePath() != null) {
            sql.append(" AND m.id IN (SELECT x.member_id FROM ")
                    .append(t.links())
                    .append(" x JOIN ")
                    .append(t.departments())
                    .append(" d ON d.org_id = x.org_id AND d.id = x.department_id")
                    .append(" WHERE x.org_id = ? AND d.path LIKE ? ESCAPE '!')");
            params.add(q.orgId().value());
            params.add(Like.prefix(q.subtreePath()));
        } else if (q.role() != null) {
            sql.append(" AND m.id IN (SELECT r.member_id FROM ")
                    .append(t.roleMembers())
                    .append(" r WHERE r.org_id = ? AND r.role_id = ?)");
            params.add(q.orgId().value());
            params.add(q.role().value());
        }
        if (q.afterName() != null && q.afterId() != null) {
            // name >= ? first: a range the (org_id, name, id) index (V5) starts reading at
            String name = dialect.ordered("m.name");
            sql.append(" AND ")
                    .append(name)
                    .append(" >= ? AND (")
                    .append(name)
                    .append(" > ? OR ")
                    .append(dialect.ordered("m.id"))
                    .append(" > ?)");
            params.add(q.afterName());
            params.add(q.afterName());
            params.add(q.afterId().value());
        }
        // org_id leads the ORDER BY so the database reads the (org_id, name, id) index in order (no sort)
        sql.append(" ORDER BY m.org_id, ")
                .append(dialect.ordered("m.name"))
                .append(", ")
                .append(dialect.ordered("m.id"))
                .append(" LIMIT ?");
        params.add(q.limit());
        List<MemberId> ids = db.list(sql.toString(), args(params.toArray()), rs -> MemberId.of(rs.getString(1)));
        Map<MemberId, Member> byId = new HashMap<>();
        byIds(q.orgId(), ids).forEach(m -> byId.put(m.id(), m));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    long count(OrgId org, boolean includeResigned) {
        return db.count(
                "SELECT COUNT(*) FROM " + t.members() + " m WHERE m.org_id = ?" + (includeResigned ? "" : ACTIVE),
                args(org.value()));
    }

    List<Member> search(OrgId org, String needle, int limit, SqlDialect dialect) {
        String like = Like.contains(needle.toLowerCase(Locale.ROOT));
        List<MemberId> ids = db.list(
                "SELECT m.id FROM " + t.members() + " m WHERE m.org_id = ?" + ACTIVE
                        + " AND (LOWER(m.name) LIKE ? ESCAPE '!' OR LOWER(m.employee_id) LIKE ? ESCAPE '!'"
                        + " OR LOWER(m.phone) LIKE ? ESCAPE '!' OR LOWER(m.email) LIKE ? ESCAPE '!')"
                        + " ORDER BY " + dialect.ordered("m.name") + ", " + dialect.ordered("m.id") + " LIMIT ?",
                args(org.value(), like, like, like, like, limit),
                rs -> MemberId.of(rs.getString(1)));
        return byIds(org, ids);
    }

    /**
     * Members of {@code org} matching {@code filter} (over alias m), with their links: two queries. The links are
     * read through {@code linkFilter} (over alias l, the same parameters) when given, else by joining the members.
     */
    private List<Member> load(OrgId org, String filter, @Nullable String linkFilter, List<?> params) {
        Object[] all = new Object[params.size() + 1];
        all[0] = org.value();
        for (int i = 0; i < params.size(); i++) {
            all[i + 1] = params.get(i);
        }
        List<MemberRows.Row> rows = db.list(
                "SELECT " + prefixed() + " FROM " + t.members() + " m WHERE m.org_id = ?" + " AND " + filter,
                args(all),
                MemberRows::row);
        if (rows.isEmpty()) {
            return List.of();
        }
        String links = linkFilter != null
                ? "SELECT l.member_id, l.department_id FROM " + t.links() + " l WHERE l.org_id = ? AND " + linkFilter
                : "SELECT l.member_id, l.department_id FROM " + t.links() + " l JOIN " + t.members() + " m"
                        + " ON m.org_id = l.org_id AND m.id = l.member_id WHERE m.org_id = ? AND " + filter;
        Map<MemberId, List<DepartmentId>> byMember = new HashMap<>();
        db.list(
                links + " ORDER BY l.position",
                args(all),
                rs -> byMember.computeIfAbsent(MemberId.of(rs.getString(1)), k -> new ArrayList<>())
                        .add(DepartmentId.of(rs.getString(2))));
        return rows.stream().map(r -> r.with(byMember)).toList();
    }

    /**
     * H2: the members of {@code ids} and their links, each looked up by its primary key from a table of the ids. H2
     * does not look an {@code IN (?, ...)} list up in the key's second column: it reads every member of the
     * organization and compares each with the whole list (about 200 ms for a page of 100 among 100,000 members).
     */
    private List<Member> byIdTable(OrgId org, List<String> ids) {
        String values = "(VALUES "
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "(CAST(? AS VARCHAR(64)))")) + ") v(id)";
        Object[] params = new Object[ids.size() + 1];
        for (int i = 0; i < ids.size(); i++) {
            params[i] = ids.get(i);
        }
        params[ids.size()] = org.value();
        List<MemberRows.Row> rows = db.list(
                "SELECT " + prefixed() + " FROM " + values + " JOIN " + t.members()
                        + " m ON m.org_id = ? AND m.id = v.id",
                args(params),
                MemberRows::row);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<MemberId, List<DepartmentId>> byMember = new HashMap<>();
        db.list(
                "SELECT l.member_id, l.department_id FROM " + values + " JOIN " + t.links()
                        + " l ON l.org_id = ? AND l.member_id = v.id ORDER BY l.position",
                args(params),
                rs -> byMember.computeIfAbsent(MemberId.of(rs.getString(1)), k -> new ArrayList<>())
                        .add(DepartmentId.of(rs.getString(2))));
        return rows.stream().map(r -> r.with(byMember)).toList();
    }

    private static String prefixed() {
        return "m." + MemberRows.COLUMNS.replace(", ", ", m.");
    }

    private static List<Member> sorted(Collection<Member> members) {
        return members.stream().sorted(MemberRows.ORDER).toList();
    }

    private static Optional<Member> first(List<Member> members) {
        return members.isEmpty() ? Optional.empty() : Optional.of(members.get(0));
    }
}
