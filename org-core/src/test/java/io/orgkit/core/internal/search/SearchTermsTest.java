package io.orgkit.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.search.SearchTerm;
import io.orgkit.core.search.SearchTermContributor;
import io.orgkit.core.search.SearchText;
import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.SearchEntry;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
    private final SearchTerms terms = new SearchTerms(List.of());

    private static Member member(
            String name, @Nullable String employeeId, @Nullable String phone, @Nullable String email) {
        DepartmentId d = DepartmentId.random();
        return new Member(
                MemberId.random(),
                OrgId.random(),
                name,
                employeeId,
                phone,
                email,
                null,
                List.of(d),
                d,
                MemberStatus.ACTIVE,
                null,
                null,
                Instant.EPOCH);
    }

    private static List<String> texts(SearchEntry e) {
        return e.terms().stream().map(IndexedTerm::text).toList();
    }

    @Test
    void namesAreFoldedToNfkcLowerCaseWithOneSpace() {
        assertThat(SearchText.fold("  ＡＢＣ  Ｄｅｆ ")).isEqualTo("abc def");
        assertThat(texts(terms.derive(member("Bob  LI", null, null, null)))).containsExactly("bob li", "li");
    }

    @Test
    void aPhoneGivesItsDigitsWithAndWithoutTheCountryCode() {
        assertThat(texts(terms.derive(member("A", null, "+86 139-0013-9002", null))))
                .contains("8613900139002", "13900139002");
        assertThat(texts(terms.derive(member("A", null, "+8613900139002", null))))
                .contains("8613900139002", "13900139002");
        assertThat(texts(terms.derive(member("A", null, "+12025550123", null)))).contains("12025550123", "2025550123");
        assertThat(texts(terms.derive(member("A", null, "020 7946 0018", null))))
                .containsExactly("a", "02079460018");
        assertThat(texts(terms.derive(member("A", null, "0086 139 0013 9002", null))))
                .contains("008613900139002", "13900139002");
        assertThat(texts(terms.derive(member("A", null, "+442079460018", null))))
                .contains("2079460018");
        assertThat(texts(terms.derive(member("A", null, "+3531234567", null)))).contains("1234567");
    }

    @Test
    void phoneLikeQueriesAreReducedToDigitsAndOthersKept() {
        assertThat(Needle.of("+86 (139) 0013-9002").text()).isEqualTo("8613900139002");
        assertThat(Needle.of("e-0012").text()).isEqualTo("e-0012");
        assertThat(Needle.of("li").anywhere()).isFalse();
        assertThat(Needle.of("张").anywhere()).isTrue();
        assertThat(Needle.of("   ")).isNull();
    }

    @Test
    void emailAndEmployeeIdGiveTheirWordsAndTheWholeValueIsMarkedWhole() {
        SearchEntry e = terms.derive(member("A", "E-LI-1", null, "bob.li@acme.example"));
        assertThat(texts(e)).contains("e-li-1", "li-1", "bob.li@acme.example", "li@acme.example", "example");
        assertThat(e.terms()).contains(new IndexedTerm("bob.li@acme.example", true), new IndexedTerm("li-1", false));
    }

    @Test
    void badTermsAndMatchesAreRefusedWithClearErrors() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SearchTerm("ab", new int[] {0}, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("origin");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SearchTerm(" ", new int[] {0}, true))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IndexedTerm("x".repeat(65), true))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new io.orgkit.core.store.TermMatch("a", 3, "A"))
                .isInstanceOf(IllegalArgumentException.class);
        SearchTerm t = new SearchTerm("ab", new int[] {0, 1}, true);
        assertThat(t)
                .isEqualTo(new SearchTerm("ab", new int[] {0, 1}, true))
                .hasSameHashCodeAs(new SearchTerm("ab", new int[] {0, 1}, true))
                .isNotEqualTo(new SearchTerm("ab", new int[] {0, 0}, true));
        assertThat(t.toString()).contains("ab");
    }

    @Test
    void aResignedMemberHasNoTerms() {
        Member m = member("Bob", "E1", "+86 139", "b@x.io").withResignation(Instant.EPOCH);
        assertThat(terms.derive(m).terms()).isEmpty();
    }

    @Test
    void contributedTermsAreKeptUpToTheCapAndNameTheFingerprint() {
        SearchTermContributor many = new SearchTermContributor() {
            @Override
            public String name() {
                return "many-1";
            }

            @Override
            public List<SearchTerm> termsFor(String name) {
                return IntStream.range(0, 100)
                        .mapToObj(i -> "t" + i)
                        .map(t -> new SearchTerm(t, new int[t.length()], false))
                        .toList();
            }
        };
        SearchTerms withMany = new SearchTerms(List.of(many));
        assertThat(withMany.derive(member("Bo", null, null, null)).terms())
                .hasSize(1 + SearchTermContributor.MAX_TERMS);
        assertThat(withMany.fingerprint()).contains("many-1").isNotEqualTo(terms.fingerprint());
    }

    @Test
    void highlightsMapDigitMatchesBackToTheStoredPhone() {
        Member m = member("A", null, "+86 139-0013-9002", null);
        Needle n = Needle.of("0013 9002");
        var h = Highlights.of(terms.terms(m), n, f -> m.phone());
        assertThat(h).hasSize(1);
        assertThat(m.phone().substring(h.get(0).start(), h.get(0).end())).isEqualTo("0013-9002");
    }

    @Test
    void highlightsFromTheFieldsContainingTheNeedleAreThoseFromEveryOwnTerm() {
        List<Member> members = List.of(
                member("Bob  LI", "E-LI-1", "+86 139-0013-9002", "bob.li@acme.example"),
                member("张 三", "E000123", "+8613900139002", "u1.cn@acme.example"),
                member("Ｌｉ Ｎａ", null, "020 7946 0018", "li.na@x.io"),
                member("A", "a-b.c d", null, null));
        for (Member m : members) {
            java.util.function.Function<io.orgkit.core.search.HighlightField, @Nullable String> value =
                    f -> switch (f) {
                        case NAME -> m.name();
                        case EMPLOYEE_ID -> m.employeeId();
                        case PHONE -> m.phone();
                        case EMAIL -> m.email();
                    };
            for (String q :
                    List.of("li", "b", "e", "1", "0013", "139", "e-li", "acme", "张", "三", "x", "li na", "a", "c d")) {
                Needle n = java.util.Objects.requireNonNull(Needle.of(q));
                assertThat(Highlights.of(terms.ownTermsWith(m, n.text()), n, value))
                        .as(m.name() + " / " + q)
                        .isEqualTo(Highlights.of(terms.ownTerms(m), n, value));
                assertThat(terms.ownTermsWith(m, n.text()))
                        .as(m.name() + " / " + q)
                        .containsAll(terms.ownTerms(m).stream()
                                .filter(t -> t.term().text().contains(n.text()))
                                .toList());
            }
        }
    }

    /** A plug-in giving a term per letter of the name (distinct per plug-in {@code k}). */
    private static SearchTermContributor letters(int k) {
        return new SearchTermContributor() {
            @Override
            public String name() {
                return "letters-" + k;
            }

            @Override
            public List<SearchTerm> termsFor(String name) {
                return name.chars()
                        .filter(Character::isLetter)
                        .mapToObj(c -> SearchText.term(Character.toString(c) + name.length() + "k" + k, c % 2 == 0))
                        .filter(java.util.Objects::nonNull)
                        .toList();
            }
        };
    }

    @Test
    void derivedTextsAreTheIndexedTermsOfEveryTermWithItsOrigins() {
        java.util.Random random = new java.util.Random(9);
        String[] parts = {
            "Bob", " ", "LI", "-", ".", "@", "+86", "139", "0013", "9002", "Ｌｉ", "张", "三", "_", "e", "E0012", "acme",
            "x", "·", "00", "+", "1", "(0)", "\u3000", "ß", "ﬁ"
        };
        for (SearchTerms withPlugins :
                List.of(terms, new SearchTerms(List.of(letters(1), letters(2), letters(3), letters(4))))) {
            for (int n = 0; n < 3000; n++) {
                String[] fields = new String[4];
                for (int f = 0; f < 4; f++) {
                    StringBuilder b = new StringBuilder();
                    int k = random.nextInt(n % 50 == 0 ? 60 : 8);
                    for (int i = 0; i < k; i++) {
                        b.append(parts[random.nextInt(parts.length)]);
                    }
                    fields[f] = b.toString();
                }
                String name = fields[0].isBlank() ? "A" + fields[0] : fields[0];
                Member m = member(
                        name,
                        fields[1].isEmpty() ? null : fields[1],
                        fields[2].isEmpty() ? null : fields[2],
                        fields[3].isEmpty() ? null : fields[3]);
                assertThat(withPlugins.derive(m).terms())
                        .as("%s", m)
                        .containsExactlyElementsOf(SearchTerms.indexed(withPlugins.terms(m)));
            }
        }
    }
}
