package io.orgkit.store.jdbc.internal;

import static io.orgkit.store.jdbc.internal.Db.args;

import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.TermMatch;
import io.orgkit.core.store.TermQuery;
import io.orgkit.store.jdbc.JdbcDialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The search terms table: each term is kept as its start (kind 0 whole, 1 part) and as every inner suffix
 * (kind 2) that a contains-query could start with, so one indexed {@code term LIKE 'needle%'} finds prefixes and
 * contained needles alike, ranked in the same query.
 */
final class SearchSql {
    private final Db db;
    private final SqlDialect dialect;
    private final Tables t;

    SearchSql(Db db, SqlDialect dialect, Tables tables) {
        this.db = db;
        this.dialect = dialect;
        this.t = tables;
    }

    void put(Collection<SearchEntry> entries) {
        db.batch(
                "DELETE FROM " + t.searchTerms() + " WHERE org_id = ? AND subject = ? AND subject_id = ?",
                entries,
                (ps, e) -> Db.bind(ps, 1, e.orgId().value(), code(e.subject()), e.id()));
        List<TermRows.Row> rows = new ArrayList<>();
        entries.forEach(e -> rows.addAll(TermRows.of(e)));
        db.batch(
                "INSERT INTO " + t.searchTerms() + " (org_id, subject, subject_id, term, kind, sort_name)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
                (ps, r) -> Db.bind(
                        ps,
                        1,
                        r.entry().orgId().value(),
                        code(r.entry().subject()),
                        r.entry().id(),
                        r.term(),
                        r.kind(),
                        r.entry().sortName()));
    }

    void delete(OrgId org, SearchSubject subject, String id) {
        db.update(
                "DELETE FROM " + t.searchTerms() + " WHERE org_id = ? AND subject = ? AND subject_id = ?",
                args(org.value(), code(subject), id));
    }

    List<TermMatch> search(TermQuery q) {
        List<Object> params =
                new ArrayList<>(List.of(q.needle(), q.orgId().value(), code(q.subject()), Like.prefix(q.needle())));
        StringBuilder inner = new StringBuilder("SELECT subject_id AS sid, MIN(CASE WHEN kind = 0 AND term = ? THEN 0"
                + " WHEN kind < 2 THEN 1 ELSE 2 END) AS r, MIN(sort_name) AS sn FROM " + t.searchTerms()
                + " WHERE org_id = ? AND subject = ? AND term LIKE ? ESCAPE '!'");
        if (dialect.kind() == JdbcDialect.H2) {
            // H2 does not narrow an index by a LIKE with a bound pattern; the same prefix as a range lets it use
            // the term index instead of reading every row of the organization (H2 compares by UTF-16 code unit)
            inner.append(" AND term >= ? AND term < ?");
            params.add(q.needle());
            params.add(q.needle() + Character.MAX_VALUE);
        }
        if (!q.anywhere()) {
            inner.append(" AND kind < 2");
        }
        scope(q, inner, params);
        inner.append(" GROUP BY subject_id");
        StringBuilder sql =
                new StringBuilder("SELECT sid, r, sn FROM (").append(inner).append(") x");
        if (q.after() != null) {
            TermMatch a = q.after();
            String sn = dialect.ordered("sn");
            String sid = dialect.ordered("sid");
            sql.append(" WHERE r > ? OR (r = ? AND (")
                    .append(sn)
                    .append(" > ? OR (sn = ? AND ")
                    .append(sid)
                    .append(" > ?)))");
            params.addAll(List.of(a.rank(), a.rank(), a.sortName(), a.sortName(), a.id()));
        }
        sql.append(" ORDER BY r, ")
                .append(dialect.ordered("sn"))
                .append(", ")
                .append(dialect.ordered("sid"))
                .append(" LIMIT ?");
        params.add(q.limit());
        return db.list(
                sql.toString(),
                args(params.toArray()),
                rs -> new TermMatch(rs.getString(1), rs.getInt(2), rs.getString(3)));
    }

    private void scope(TermQuery q, StringBuilder sql, List<Object> params) {
        if (q.pathPrefix() != null && q.subject() == SearchSubject.DEPARTMENT) {
            sql.append(" AND subject_id IN (SELECT id FROM ")
                    .append(t.departments())
                    .append(" WHERE org_id = ? AND path LIKE ? ESCAPE '!')");
            params.addAll(List.of(q.orgId().value(), Like.prefix(q.pathPrefix())));
        } else if (q.pathPrefix() != null) {
            sql.append(" AND subject_id IN (SELECT l.member_id FROM ")
                    .append(t.links())
                    .append(" l JOIN ")
                    .append(t.departments())
                    .append(" d ON d.org_id = l.org_id AND d.id = l.department_id")
                    .append(" WHERE l.org_id = ? AND d.path LIKE ? ESCAPE '!')");
            params.addAll(List.of(q.orgId().value(), Like.prefix(q.pathPrefix())));
        }
        if (q.role() != null) {
            sql.append(" AND subject_id IN (SELECT member_id FROM ")
                    .append(t.roleMembers())
                    .append(" WHERE org_id = ? AND role_id = ?)");
            params.addAll(List.of(q.orgId().value(), q.role().value()));
        }
    }

    private static String code(SearchSubject s) {
        return s == SearchSubject.MEMBER ? "M" : "D";
    }
}
