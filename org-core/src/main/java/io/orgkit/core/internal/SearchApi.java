package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.search.DepartmentHit;
import io.orgkit.core.search.Highlight;
import io.orgkit.core.search.MemberHit;
import io.orgkit.core.search.MemberQuery;
import io.orgkit.core.search.Search;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Substring search over the store's candidates, ranked (exact, then prefix, then inside), with highlights. */
final class SearchApi extends OrgScoped implements Search {
    private static final int FILTERED_POOL = 100_000;

    SearchApi(ServiceContext ctx, OrgId org) {
        super(ctx, org);
    }

    /** The query text as stored values are (NFC, invisible ends cut), so both spellings of a name find it. */
    private static String needle(String text) {
        String t = text == null ? "" : Text.normalize(text);
        if (t.isEmpty()) {
            throw ValidationException.of("text", "must not be blank");
        }
        if (t.length() > Rules.MAX_NAME) {
            throw ValidationException.of("text", "must be at most " + Rules.MAX_NAME + " characters");
        }
        return t;
    }

    @Override
    public List<DepartmentHit> departments(String text) {
        String n = needle(text);
        return ctx.read(s -> {
            Guard.organization(s, org);
            return s.searchDepartments(org, n, MemberQuery.MAX_LIMIT).stream()
                    .map(d -> new DepartmentHit(d, ranges("name", d.name(), n)))
                    .sorted(Comparator.comparingInt((DepartmentHit h) -> rank(h.department().name(), n))
                            .thenComparing(h -> h.department().name()))
                    .limit(MemberQuery.DEFAULT_LIMIT).toList();
        });
    }

    @Override
    public List<MemberHit> members(MemberQuery q) {
        String n = needle(q.text());
        return ctx.read(s -> {
            Guard.organization(s, org);
            boolean filtered = q.inDepartment() != null || q.withRole() != null;
            List<Member> candidates = s.searchMembers(org, n, filtered ? FILTERED_POOL : Math.max(q.limit() * 4, 200));
            Set<DepartmentId> inScope = null;
            if (q.inDepartment() != null) {
                Department d = Guard.department(s, org, q.inDepartment());
                inScope = new HashSet<>(s.subtree(org, d.path()).stream().map(Department::id).toList());
            }
            Set<MemberId> holders = q.withRole() == null ? null
                    : (Guard.role(s, org, q.withRole()) != null ? s.roleMembers(org, q.withRole()) : Set.of());
            List<MemberHit> hits = new ArrayList<>();
            for (Member m : candidates) {
                if (inScope != null && m.departmentIds().stream().noneMatch(inScope::contains)) {
                    continue;
                }
                if (holders != null && !holders.contains(m.id())) {
                    continue;
                }
                hits.add(new MemberHit(m, highlights(m, n)));
            }
            hits.sort(Comparator.comparingInt((MemberHit h) -> rank(h.member().name(), n))
                    .thenComparing(h -> h.member().name()).thenComparing(h -> h.member().id().value()));
            return hits.size() > q.limit() ? List.copyOf(hits.subList(0, q.limit())) : hits;
        });
    }

    private static List<Highlight> highlights(Member m, String n) {
        List<Highlight> result = new ArrayList<>(ranges("name", m.name(), n));
        result.addAll(ranges("employeeId", m.employeeId(), n));
        result.addAll(ranges("phone", m.phone(), n));
        result.addAll(ranges("email", m.email(), n));
        return result;
    }

    /** Every non-overlapping occurrence of {@code needle} in {@code value}, ignoring case. */
    static List<Highlight> ranges(String field, @Nullable String value, String needle) {
        if (value == null) {
            return List.of();
        }
        String v = value.toLowerCase(Locale.ROOT);
        String n = needle.toLowerCase(Locale.ROOT);
        List<Highlight> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = v.indexOf(n, from);
            if (at < 0 || v.length() != value.length()) {
                break;
            }
            out.add(new Highlight(field, at, at + n.length()));
            from = at + n.length();
        }
        return out;
    }

    private static int rank(String name, String needle) {
        String a = name.toLowerCase(Locale.ROOT);
        String b = needle.toLowerCase(Locale.ROOT);
        return a.equals(b) ? 0 : a.startsWith(b) ? 1 : a.contains(b) ? 2 : 3;
    }
}
