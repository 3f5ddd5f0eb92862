package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.TermMatch;
import io.orgkit.core.store.TermQuery;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Search terms: kept per subject, matched by prefix or anywhere, ranked, paged and scoped in the store. */
public abstract class SearchContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected SearchContract(StoreContractSuite suite) {
        super(suite);
    }

    private static SearchEntry entry(Member m, IndexedTerm... terms) {
        return new SearchEntry(m.orgId(), SearchSubject.MEMBER, m.id().value(), m.name(), List.of(terms));
    }

    private static IndexedTerm whole(String text) {
        return new IndexedTerm(text, true);
    }

    private static IndexedTerm part(String text) {
        return new IndexedTerm(text, false);
    }

    private List<TermMatch> find(OrgId org, String needle, boolean anywhere) {
        return committed()
                .searchTerms(new TermQuery(org, SearchSubject.MEMBER, needle, anywhere, null, null, null, 50));
    }

    private static List<String> ids(List<TermMatch> matches) {
        return matches.stream().map(TermMatch::id).toList();
    }

    private Member indexed(Department root, String name, IndexedTerm... terms) {
        Member m = insert(Fixtures.member(name, root));
        write(s -> s.putSearchEntries(List.of(entry(m, terms))));
        return m;
    }

    @Test
    void termsMatchByPrefixRankedExactThenPrefixThenByName() {
        Department root = newOrganizationRoot("Acme");
        Member zs = indexed(root, "张三", whole("张三"), whole("zhangsan"), part("zs"));
        Member zsf = indexed(root, "张三丰", whole("张三丰"), whole("zhangsanfeng"), part("zsf"));
        Member ann = indexed(root, "Ann", whole("ann"), whole("ann@zs.example"));

        assertThat(find(root.orgId(), "zs", false))
                .containsExactly(
                        new TermMatch(zs.id().value(), TermMatch.PREFIX, "张三"),
                        new TermMatch(zsf.id().value(), TermMatch.PREFIX, "张三丰"));
        assertThat(ids(find(root.orgId(), "张三", true)))
                .containsExactly(zs.id().value(), zsf.id().value());
        assertThat(find(root.orgId(), "张三", true).get(0).rank()).isEqualTo(TermMatch.EXACT);
        assertThat(ids(find(root.orgId(), "ann", false)))
                .containsExactly(ann.id().value());
    }

    @Test
    void anywhereQueriesAlsoMatchInsideTermsAndRankThoseLast() {
        Department root = newOrganizationRoot("Acme");
        Member inside = indexed(root, "Alice", whole("alice"));
        Member start = indexed(root, "Lichen", whole("lichen"));
        Member cjk = indexed(root, "王小明", whole("王小明"));

        assertThat(find(root.orgId(), "lic", true))
                .containsExactly(
                        new TermMatch(start.id().value(), TermMatch.PREFIX, "Lichen"),
                        new TermMatch(inside.id().value(), TermMatch.CONTAINS, "Alice"));
        assertThat(ids(find(root.orgId(), "lic", false)))
                .containsExactly(start.id().value());
        assertThat(ids(find(root.orgId(), "小", true))).containsExactly(cjk.id().value());
        assertThat(ids(find(root.orgId(), "小明", true))).containsExactly(cjk.id().value());
        assertThat(find(root.orgId(), "明小", true)).isEmpty();
    }

    @Test
    void aNewEntryReplacesTheTermsAndAnEmptyOneRemovesTheSubject() {
        Department root = newOrganizationRoot("Acme");
        Member m = indexed(root, "Rose", whole("rose"));
        write(s -> s.putSearchEntries(List.of(entry(m, whole("lily")))));
        assertThat(find(root.orgId(), "rose", true)).isEmpty();
        assertThat(ids(find(root.orgId(), "lily", true))).containsExactly(m.id().value());

        write(s -> s.putSearchEntries(List.of(entry(m))));
        assertThat(find(root.orgId(), "lily", true)).isEmpty();
    }

    @Test
    void aCursorAndALimitPageThroughMatchesInOrder() {
        Department root = newOrganizationRoot("Acme");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expected.add(indexed(root, "Tester " + i, whole("tester " + i)).id().value());
        }
        List<String> seen = new ArrayList<>();
        TermMatch after = null;
        do {
            TermMatch from = after;
            List<TermMatch> page = committed()
                    .searchTerms(new TermQuery(root.orgId(), SearchSubject.MEMBER, "test", true, null, null, from, 3));
            seen.addAll(ids(page));
            after = page.size() == 3 ? page.get(2) : null;
        } while (after != null);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void pagesOfABroadQueryKeepExactThenPrefixThenContainsInNameOrder() {
        Department root = newOrganizationRoot("Acme");
        int count = 90;
        String[] ids = new String[count];
        // added out of name order (37 and 90 are coprime), one write each
        for (int k = 0; k < count; k++) {
            int i = k * 37 % count;
            String name = String.format("M%02d", i);
            IndexedTerm term = i % 3 == 0 ? whole("lin") : i % 3 == 1 ? whole("lin" + i) : whole("ma lin " + i);
            ids[i] = indexed(root, name, term, whole(name.toLowerCase(java.util.Locale.ROOT)))
                    .id()
                    .value();
        }
        List<String> expected = new ArrayList<>();
        for (int rank = 0; rank < 3; rank++) {
            for (int i = 0; i < count; i++) {
                if (i % 3 == rank) {
                    expected.add(ids[i]);
                }
            }
        }
        List<String> seen = new ArrayList<>();
        TermMatch after = null;
        do {
            TermMatch from = after;
            List<TermMatch> page = committed()
                    .searchTerms(new TermQuery(root.orgId(), SearchSubject.MEMBER, "lin", true, null, null, from, 8));
            seen.addAll(ids(page));
            after = page.size() == 8 ? page.get(7) : null;
        } while (after != null);
        assertThat(seen).containsExactlyElementsOf(expected);
        List<TermMatch> first = committed()
                .searchTerms(new TermQuery(root.orgId(), SearchSubject.MEMBER, "lin", true, null, null, null, 5));
        assertThat(ids(first)).containsExactlyElementsOf(expected.subList(0, 5));
        assertThat(first).allMatch(m -> m.rank() == TermMatch.EXACT);
        List<TermMatch> prefixOnly = committed()
                .searchTerms(new TermQuery(root.orgId(), SearchSubject.MEMBER, "lin", false, null, null, null, 100));
        assertThat(ids(prefixOnly)).containsExactlyElementsOf(expected.subList(0, 60));
    }

    @Test
    void scopeFiltersKeepMembersOfASubtreeOrHoldersOfARole() {
        Department root = newOrganizationRoot("Acme");
        Department sales = insert(Fixtures.child(root, "Sales", 1));
        Department east = insert(Fixtures.child(sales, "East", 1));
        Member inEast = insert(Fixtures.member("Li East", root, east));
        Member atRoot = insert(Fixtures.member("Li Root", root));
        write(s -> s.putSearchEntries(List.of(entry(inEast, whole("li east")), entry(atRoot, whole("li root")))));
        Role role = role(root.orgId());
        write(s -> s.addRoleMembers(root.orgId(), role.id(), List.of(atRoot.id())));

        assertThat(ids(scoped(root.orgId(), sales.path(), null)))
                .containsExactly(inEast.id().value());
        assertThat(ids(scoped(root.orgId(), root.path(), null)))
                .containsExactly(inEast.id().value(), atRoot.id().value());
        assertThat(ids(scoped(root.orgId(), null, role.id())))
                .containsExactly(atRoot.id().value());
        assertThat(scoped(root.orgId(), sales.path(), role.id())).isEmpty();
    }

    private List<TermMatch> scoped(OrgId org, @Nullable String path, @Nullable RoleId role) {
        return committed().searchTerms(new TermQuery(org, SearchSubject.MEMBER, "li", false, path, role, null, 50));
    }

    private Role role(OrgId org) {
        RoleGroup group = new RoleGroup(RoleGroupId.random(), org, "G");
        Role role = new Role(RoleId.random(), org, group.id(), "Reviewer", null);
        write(s -> {
            s.insertRoleGroup(group);
            s.insertRole(role);
        });
        return role;
    }

    @Test
    void departmentTermsAreSeparateFromMemberTermsAndScopedByPath() {
        Department root = newOrganizationRoot("Acme");
        Department sales = insert(Fixtures.child(root, "Sales", 1));
        Department other = insert(Fixtures.child(root, "Sales Two", 2));
        write(s -> s.putSearchEntries(List.of(
                new SearchEntry(
                        root.orgId(), SearchSubject.DEPARTMENT, sales.id().value(), "Sales", List.of(whole("sales"))),
                new SearchEntry(
                        root.orgId(),
                        SearchSubject.DEPARTMENT,
                        other.id().value(),
                        "Sales Two",
                        List.of(whole("sales two"))))));

        assertThat(find(root.orgId(), "sales", true)).isEmpty();
        assertThat(committed()
                        .searchTerms(new TermQuery(
                                root.orgId(), SearchSubject.DEPARTMENT, "sales", true, sales.path(), null, null, 10)))
                .extracting(TermMatch::id)
                .containsExactly(sales.id().value());
    }

    @Test
    void anotherOrganizationsTermsAreNeverFound() {
        Department a = newOrganizationRoot("A");
        Department b = newOrganizationRoot("B");
        indexed(a, "Bob", whole("bob"));
        assertThat(find(b.orgId(), "bob", true)).isEmpty();
    }

    @Test
    void aFailedWriteLeavesTheTermsAsTheyWere() {
        Department root = newOrganizationRoot("Acme");
        Member m = indexed(root, "Rose", whole("rose"));
        assertThatThrownBy(() -> write(s -> {
                    s.putSearchEntries(List.of(entry(m, whole("lily"))));
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(ids(find(root.orgId(), "rose", true))).containsExactly(m.id().value());
        assertThat(find(root.orgId(), "lily", true)).isEmpty();
    }
}
