package io.orgkit.store.jdbc.internal;

import static io.orgkit.store.jdbc.internal.Db.args;

import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.TermIndex;
import io.orgkit.core.store.TermMatch;
import io.orgkit.core.store.TermQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The search documents table: one row per member or department holding all its terms and the organization's
 * search revision at its last write. Searches are answered by the store's {@link SearchCache} (an in-memory
 * {@link TermIndex} per organization, brought up to the current revision by reading the rows written since), or,
 * without a usable index (no cache, an organization larger than it, or a transaction that wrote search entries
 * itself), by scanning the organization's rows whose terms contain the needle.
 */
final class SearchSql {
    /** Between terms in the {@code terms} column; white space to the search form, so never inside a term. */
    private static final char SEPARATOR = '\u001f';
    /** The most candidates checked against the scope in one query while filling a scoped page. */
    private static final int MAX_SCOPE_BATCH = Db.BATCH;

    private static final List<String> DOC_COLUMNS =
            List.of("org_id", "subject", "subject_id", "rev", "sort_name", "terms");
    private static final List<String> DOC_KEY = List.of("org_id", "subject", "subject_id");

    private final Db db;
    private final SqlDialect dialect;
    private final Tables t;
    private final SearchCache cache;
    /** Organizations this transaction wrote entries of: its own searches must see them, so they scan. */
    private final Set<OrgId> written = new HashSet<>();

    SearchSql(Db db, SqlDialect dialect, Tables tables, SearchCache cache) {
        this.db = db;
        this.dialect = dialect;
        this.t = tables;
        this.cache = cache;
    }

    /**
     * Members inserted in this transaction that have no document yet. A member's document cannot exist before
     * the member does (and members are never deleted, only their organization with its documents), so their
     * first documents are plain inserts (COPY on PostgreSQL), not upserts that look the key up first.
     */
    private final Set<DocKey> fresh = new HashSet<>();

    private record DocKey(String org, String subject, String id) {
        static DocKey of(SearchEntry e) {
            return new DocKey(e.orgId().value(), code(e.subject()), e.id());
        }
    }

    /** Notes members this transaction inserted (see {@link #fresh}). */
    void inserted(Collection<Member> members) {
        for (Member m : members) {
            fresh.add(new DocKey(m.orgId().value(), code(SearchSubject.MEMBER), m.id().value()));
        }
    }

    /** Writes the entries' rows with their organization's revision in this transaction. */
    void put(Collection<SearchEntry> entries, ToLongFunction<OrgId> revision) {
        if (entries.isEmpty()) {
            return;
        }
        Map<OrgId, Long> revs = new LinkedHashMap<>();
        // one row per key (the last entry wins): a multi-row upsert may not name a key twice
        Map<DocKey, SearchEntry> latest = new LinkedHashMap<>();
        for (SearchEntry e : entries) {
            revs.computeIfAbsent(e.orgId(), revision::applyAsLong);
            latest.put(DocKey.of(e), e);
        }
        written.addAll(revs.keySet());
        List<SearchEntry> inserts = new ArrayList<>();
        List<SearchEntry> upserts = new ArrayList<>();
        latest.forEach((key, e) -> (fresh.remove(key) ? inserts : upserts).add(e));
        Db.RowValues<SearchEntry> values = e -> new @Nullable Object[] {
            e.orgId().value(), code(e.subject()), e.id(), revs.get(e.orgId()), e.sortName(), encode(e.terms())
        };
        db.insert(Db.Rows.insert(t.searchDocs(), String.join(", ", DOC_COLUMNS)), inserts, values);
        db.insert(dialect.upsert(t.searchDocs(), DOC_COLUMNS, DOC_KEY), upserts, values);
    }

    private Optional<Long> revision(OrgId org) {
        return db.one(
                "SELECT search_rev FROM " + t.organizations() + " WHERE id = ?",
                args(org.value()),
                rs -> rs.getLong(1));
    }

    List<TermMatch> search(TermQuery q) {
        if (!cache.usable() || written.contains(q.orgId())) {
            return scan(q);
        }
        Optional<Long> rev = revision(q.orgId());
        if (rev.isEmpty()) {
            cache.drop(q.orgId());
            return List.of();
        }
        SearchCache.Slot slot = cache.slot(q.orgId(), q.subject());
        if (slot.rev < 0
                && !cache.fits(
                        q.orgId(),
                        db.count(
                                "SELECT COUNT(*) FROM " + t.searchDocs() + " WHERE org_id = ? AND subject = ?",
                                args(q.orgId().value(), code(q.subject()))))) {
            cache.drop(q.orgId());
            return scan(q);
        }
        if (!hasScope(q)) {
            return cache.search(
                    slot, rev.get(), since -> load(slot.index, q, since), index -> index.search(q, id -> true));
        }
        // a page within a scope: candidates in order from the index, checked against the scope in the database
        List<TermMatch> out = new ArrayList<>();
        TermMatch after = q.after();
        int batch = Math.min(MAX_SCOPE_BATCH, Math.max(4 * q.limit(), 100));
        while (out.size() < q.limit()) {
            TermQuery page = new TermQuery(
                    q.orgId(), q.subject(), q.needle(), q.anywhere(), q.pathPrefix(), q.role(), after, batch);
            List<TermMatch> candidates = cache.search(
                    slot, rev.get(), since -> load(slot.index, q, since), index -> index.search(page, id -> true));
            if (candidates.isEmpty()) {
                break;
            }
            Set<String> inScope = inScope(q, candidates);
            for (TermMatch m : candidates) {
                if (inScope.contains(m.id()) && out.size() < q.limit()) {
                    out.add(m);
                }
            }
            if (candidates.size() < batch) {
                break;
            }
            after = candidates.get(candidates.size() - 1);
            batch = Math.min(MAX_SCOPE_BATCH, batch * 4);
        }
        return out;
    }

    /** Queues the rows written after revision {@code since} (every row for -1) for the index. */
    private void load(TermIndex index, TermQuery q, long since) {
        db.each(
                "SELECT subject_id, sort_name, terms FROM " + t.searchDocs()
                        + " WHERE org_id = ? AND subject = ? AND rev > ?",
                args(q.orgId().value(), code(q.subject()), since),
                rs -> {
                    // queued, then applied in one batch (a first load is numbered in hit order from scratch)
                    index.defer(new SearchEntry(
                            q.orgId(), q.subject(), rs.getString(1), rs.getString(2), decode(rs.getString(3))));
                });
    }

    /** Without an index: the rows whose terms contain the needle, each ranked as the index would. */
    private List<TermMatch> scan(TermQuery q) {
        List<Object> params = new ArrayList<>(List.of(q.orgId().value(), code(q.subject()), Like.contains(q.needle())));
        StringBuilder sql = new StringBuilder("SELECT subject_id, sort_name, terms FROM ")
                .append(t.searchDocs())
                .append(" WHERE org_id = ? AND subject = ? AND terms LIKE ? ESCAPE '!'");
        scope(q, sql, params);
        List<TermMatch> matches = new ArrayList<>();
        db.each(sql.toString(), args(params.toArray()), rs -> {
            List<IndexedTerm> terms = decode(rs.getString(3));
            TermMatch m = TermIndex.match(rs.getString(1), rs.getString(2), terms, q.needle(), q.anywhere());
            if (m != null && q.isAfterCursor(m)) {
                matches.add(m);
            }
        });
        matches.sort(null);
        return matches.size() > q.limit() ? new ArrayList<>(matches.subList(0, q.limit())) : matches;
    }

    private static boolean hasScope(TermQuery q) {
        return q.pathPrefix() != null || q.role() != null;
    }

    /** Which of the candidates pass the query's department and role filters. */
    private Set<String> inScope(TermQuery q, List<TermMatch> candidates) {
        List<Object> params = new ArrayList<>(List.of(q.orgId().value(), code(q.subject())));
        StringBuilder sql = new StringBuilder("SELECT subject_id FROM ")
                .append(t.searchDocs())
                .append(" WHERE org_id = ? AND subject = ? AND subject_id IN (")
                .append(Db.marks(candidates.size()))
                .append(')');
        candidates.forEach(m -> params.add(m.id()));
        scope(q, sql, params);
        return new HashSet<>(db.list(sql.toString(), args(params.toArray()), rs -> rs.getString(1)));
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

    /** Each term as a whole-flag ({@code 1} or {@code 0}) and its text, separated by {@link #SEPARATOR}. */
    static String encode(List<IndexedTerm> terms) {
        StringBuilder out = new StringBuilder();
        for (IndexedTerm term : terms) {
            if (out.length() > 0) {
                out.append(SEPARATOR);
            }
            out.append(term.whole() ? '1' : '0').append(term.text().replace(SEPARATOR, ' '));
        }
        return out.toString();
    }

    static List<IndexedTerm> decode(@Nullable String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<IndexedTerm> out = new ArrayList<>();
        int start = 0;
        while (start <= column.length()) {
            int end = column.indexOf(SEPARATOR, start);
            if (end < 0) {
                end = column.length();
            }
            if (end - start > 1) {
                out.add(new IndexedTerm(column.substring(start + 1, end), column.charAt(start) == '1'));
            }
            start = end + 1;
        }
        return out;
    }

    private static String code(SearchSubject s) {
        return s == SearchSubject.MEMBER ? "M" : "D";
    }
}
