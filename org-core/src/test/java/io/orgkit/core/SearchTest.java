package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.roles.Role;
import io.orgkit.core.search.DepartmentHit;
import io.orgkit.core.search.Highlight;
import io.orgkit.core.search.HighlightField;
import io.orgkit.core.search.MemberHit;
import io.orgkit.core.search.MemberQuery;
import io.orgkit.core.search.SearchPage;
import io.orgkit.core.search.SearchTerm;
import io.orgkit.core.search.SearchTermContributor;
import io.orgkit.core.search.SearchText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();
    private final Department rnd = org.departments().create(org.root(), "R&D");
    private final Department backend = org.departments().create(rnd, "Backend");
    private final Department sales = org.departments().create(org.root(), "Sales");
    private final Member li =
            org.members().add(NewMember.named("Li Lei").employeeId("E-LI-1").in(backend.id()));
    private final Member bob = org.members()
            .add(NewMember.named("Bob Li").email("bob.li@acme.example").in(sales.id()));
    private final Member lily =
            org.members().add(NewMember.named("Lily").phone("+86 135 1111 2222").in(rnd.id()));

    @Test
    void shortLatinQueriesMatchTheStartOfAnyWordWithTypedHighlights() {
        List<MemberHit> hits = org.search().members("li");

        assertThat(hits).extracting(h -> h.member().name()).containsExactly("Bob Li", "Li Lei", "Lily");
        assertThat(hits.get(0).highlights())
                .containsExactly(new Highlight(HighlightField.NAME, 4, 6), new Highlight(HighlightField.EMAIL, 4, 6));
        assertThat(hits.get(1).highlights())
                .containsExactly(
                        new Highlight(HighlightField.NAME, 0, 2), new Highlight(HighlightField.EMPLOYEE_ID, 2, 4));
    }

    @Test
    void longerQueriesMatchAnywhereInATerm() {
        assertThat(org.search().members("ice"))
                .extracting(h -> h.member().name())
                .containsExactly("Alice Zhang");
        assertThat(org.search().members("cme.ex")).extracting(MemberHit::member).containsExactly(bob);
    }

    @Test
    void fullWidthAndUpperCaseQueriesFindFoldedNames() {
        Member abc = org.members().add(NewMember.named("abc").in(rnd.id()));
        assertThat(org.search().members("ＡＢＣ")).extracting(MemberHit::member).containsExactly(abc);
        assertThat(org.search().members("LILY")).extracting(MemberHit::member).containsExactly(lily);
    }

    @Test
    void aPhoneIsFoundWhateverFormatTheQueryIsTypedIn() {
        for (String q : List.of("1351111", "135-1111", "+86 135", "(135) 1111 2222", "8613511112222", "2222")) {
            List<MemberHit> hits = org.search().members(q);
            assertThat(hits).as(q).extracting(MemberHit::member).containsExactly(lily);
        }
        MemberHit hit = org.search().members("135-1111").get(0);
        Highlight h = hit.highlights().get(0);
        assertThat(h.field()).isEqualTo(HighlightField.PHONE);
        assertThat(hit.member().phone().substring(h.start(), h.end()).replaceAll("[^0-9]", ""))
                .isEqualTo("1351111");
    }

    @Test
    void employeeIdsAreFoundByPrefix() {
        assertThat(org.search().members("e-li")).extracting(MemberHit::member).containsExactly(li);
    }

    @Test
    void exactMatchesRankBeforePrefixesBeforeContainedMatchesThenByName() {
        Member zhang = org.members().add(NewMember.named("张").in(rnd.id()));
        for (int i = 0; i < 300; i++) {
            org.members().add(NewMember.named("王张" + i).in(rnd.id()));
        }
        Member zhangSan = org.members().add(NewMember.named("张三").in(rnd.id()));

        List<MemberHit> hits = org.search().members(MemberQuery.of("张").limit(3));

        assertThat(hits)
                .extracting(MemberHit::member)
                .containsExactly(
                        zhang, zhangSan, org.search().members("王张0").get(0).member());
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        for (int i = 0; i < 25; i++) {
            org.members().add(NewMember.named("Tester " + (char) ('a' + i)).in(rnd.id()));
        }
        List<String> seen = new ArrayList<>();
        SearchPage<MemberHit> page =
                org.search().memberPage(MemberQuery.of("test").limit(10));
        seen.addAll(page.hits().stream().map(h -> h.member().name()).toList());
        while (page.next().isPresent()) {
            page = org.search()
                    .memberPage(
                            MemberQuery.of("test").limit(10).after(page.next().get()));
            seen.addAll(page.hits().stream().map(h -> h.member().name()).toList());
        }
        assertThat(seen).hasSize(25).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aCursorThatThisSearchDidNotGiveIsRefused() {
        assertThatThrownBy(() -> org.search().memberPage(MemberQuery.of("li").after("garbage!")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("cursor");
    }

    @Test
    void filtersLimitHitsToADepartmentSubtreeOrARole() {
        Role reviewer = org.roles().create(org.roles().createGroup("G").id(), "Reviewer");
        org.roles().addMembers(reviewer.id(), List.of(bob.id()));

        assertThat(org.search().members(MemberQuery.of("li").inDepartment(rnd.id())))
                .extracting(MemberHit::member)
                .containsExactly(li, lily);
        assertThat(org.search().members(MemberQuery.of("li").withRole(reviewer.id())))
                .extracting(MemberHit::member)
                .containsExactly(bob);
        assertThat(org.search().members(MemberQuery.of("li").limit(1))).hasSize(1);
    }

    @Test
    void resignedMembersAreNotFound() {
        org.members().resign(List.of(bob.id()));
        assertThat(org.search().members("bob")).isEmpty();
    }

    @Test
    void aChangedMemberIsFoundByItsNewValuesOnly() {
        org.members().update(lily.id(), MemberUpdate.create().name("Rose"));
        assertThat(org.search().members("lily")).isEmpty();
        assertThat(org.search().members("rose"))
                .extracting(h -> h.member().name())
                .containsExactly("Rose");
    }

    @Test
    void departmentsAreFoundByNameWithHighlightsAndFollowRenamesAndDeletes() {
        List<DepartmentHit> hits = org.search().departments("END");
        assertThat(hits).extracting(h -> h.department().name()).containsExactly("Backend");
        assertThat(hits.get(0).highlights()).containsExactly(new Highlight(HighlightField.NAME, 4, 7));

        Department ops = org.departments().create(org.root(), "Operations");
        org.departments().rename(ops.id(), "Marketing");
        assertThat(org.search().departments("operat")).isEmpty();
        assertThat(org.search().departments("market")).hasSize(1);
        org.departments().delete(ops.id());
        assertThat(org.search().departments("market")).isEmpty();
    }

    @Test
    void aBlankSearchFindsNothing() {
        assertThat(org.search().members("  ")).isEmpty();
        assertThat(org.search().departments("")).isEmpty();
    }

    @Test
    void aServiceWithAnotherTermPluginReindexesTheOrganizationAtItsFirstSearch() {
        SearchTermContributor nick = new SearchTermContributor() {
            @Override
            public String name() {
                return "nicknames-1";
            }

            @Override
            public List<SearchTerm> termsFor(String name) {
                return name.equals("Bob Li") ? List.of(SearchText.term("bobby", false)) : List.of();
            }
        };
        OrganizationService again = OrganizationService.builder()
                .store(f.store)
                .discoverSearchTerms(false)
                .searchTerms(nick)
                .build();
        Org same = again.org(org.id());

        assertThat(same.search().members("bobby")).extracting(MemberHit::member).containsExactly(bob);
    }

    @Test
    void aDepartmentPageLimitOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> org.search().departments("sales", 0, null)).isInstanceOf(ValidationException.class);
        assertThat(org.search().departments("s", 1, null).hits())
                .extracting(h -> h.department().name())
                .containsExactly("Sales");
    }

    @Test
    void anOverlongQueryIsRefused() {
        assertThatThrownBy(() -> org.search().members("x".repeat(65)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("64");
    }
}
