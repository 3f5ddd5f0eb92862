package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.search.Cursor;
import io.orgkit.core.internal.search.Highlights;
import io.orgkit.core.internal.search.Needle;
import io.orgkit.core.internal.search.SearchTerms;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.search.DepartmentHit;
import io.orgkit.core.search.MemberHit;
import io.orgkit.core.search.MemberQuery;
import io.orgkit.core.search.Search;
import io.orgkit.core.search.SearchPage;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.store.TermMatch;
import io.orgkit.core.store.TermQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Search through the terms the store keeps: the store finds and ranks the matching ids with its index (scope
 * filters included); this class loads one page of them and computes their highlights.
 */
final class SearchApi extends OrgScoped implements Search {

    SearchApi(ServiceContext ctx, OrgId org) {
        super(ctx, org);
    }

    @Override
    public SearchPage<DepartmentHit> departments(String text, int limit, @Nullable String cursor) {
        if (limit < 1 || limit > MemberQuery.MAX_LIMIT) {
            throw ValidationException.of("limit", "must be 1.." + MemberQuery.MAX_LIMIT + ", was " + limit);
        }
        Needle n = Needle.of(text);
        TermMatch after = Cursor.decode(cursor);
        if (n == null) {
            return new SearchPage<>(List.of(), null);
        }
        ctx.search().ensureCurrent(org);
        SearchTerms terms = ctx.search().terms();
        return ctx.read(s -> {
            Guard.organization(s, org);
            List<TermMatch> matches = s.searchTerms(
                    new TermQuery(org, SearchSubject.DEPARTMENT, n.text(), n.anywhere(), null, null, after, limit + 1));
            return page(
                    matches,
                    limit,
                    id -> s.department(org, DepartmentId.of(id)).orElse(null),
                    d -> new DepartmentHit(d, Highlights.of(terms.terms(d), n, f -> d.name())));
        });
    }

    @Override
    public SearchPage<MemberHit> memberPage(MemberQuery q) {
        Needle n = Needle.of(q.text());
        TermMatch after = Cursor.decode(q.after());
        if (n == null) {
            return new SearchPage<>(List.of(), null);
        }
        ctx.search().ensureCurrent(org);
        SearchTerms terms = ctx.search().terms();
        return ctx.read(s -> {
            Guard.organization(s, org);
            String path = q.inDepartment() == null
                    ? null
                    : Guard.department(s, org, q.inDepartment()).path();
            if (q.withRole() != null) {
                Guard.role(s, org, q.withRole());
            }
            List<TermMatch> matches = s.searchTerms(new TermQuery(
                    org, SearchSubject.MEMBER, n.text(), n.anywhere(), path, q.withRole(), after, q.limit() + 1));
            Map<String, Member> loaded = load(s, matches);
            return page(matches, q.limit(), loaded::get, m -> new MemberHit(m, Highlights.of(terms, m, n)));
        });
    }

    private Map<String, Member> load(StoreSession s, List<TermMatch> matches) {
        List<MemberId> ids = matches.stream().map(t -> MemberId.of(t.id())).toList();
        return s.members(org, ids).stream().collect(Collectors.toMap(m -> m.id().value(), m -> m));
    }

    private static <T, H> SearchPage<H> page(
            List<TermMatch> matches, int limit, Function<String, @Nullable T> get, Function<T, H> hit) {
        List<TermMatch> shown = matches.size() > limit ? matches.subList(0, limit) : matches;
        List<H> hits = new ArrayList<>(shown.size());
        for (TermMatch t : shown) {
            T found = get.apply(t.id());
            if (found != null) {
                hits.add(hit.apply(found));
            }
        }
        String next = matches.size() > limit ? Cursor.encode(shown.get(shown.size() - 1)) : null;
        return new SearchPage<>(hits, next);
    }
}
