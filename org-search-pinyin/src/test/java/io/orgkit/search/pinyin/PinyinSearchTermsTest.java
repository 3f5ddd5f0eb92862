package io.orgkit.search.pinyin;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.search.SearchTerm;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinSearchTermsTest {
    private final PinyinSearchTerms pinyin = new PinyinSearchTerms();

    private List<String> texts(String name) {
        return pinyin.termsFor(name).stream().map(SearchTerm::text).toList();
    }

    @Test
    void aChineseNameIsSpelledInFullWithAndWithoutSpacesAsInitialsAndInMixedForms() {
        assertThat(texts("张三")).contains("zhangsan", "zhang san", "zs", "张san");
    }

    @Test
    void everyReadingOfAPolyphonicCharacterIsSpelled() {
        assertThat(texts("单")).contains("dan", "shan", "chan");
        assertThat(texts("曾")).contains("zeng", "ceng");
    }

    @Test
    void combinationsOfReadingsAreCapped() {
        String manyReadings = "单曾行长重";
        assertThat(pinyin.termsFor(manyReadings).stream()
                        .filter(SearchTerm::whole)
                        .count())
                .isLessThanOrEqualTo(2L * PinyinSearchTerms.MAX_READINGS);
        assertThat(pinyin.termsFor(manyReadings)).hasSizeLessThanOrEqualTo(PinyinSearchTerms.MAX_TERMS);
    }

    @Test
    void eachTermCharacterPointsAtTheChineseCharacterItSpells() {
        SearchTerm full = pinyin.termsFor("张三").stream()
                .filter(t -> t.text().equals("zhangsan"))
                .findFirst()
                .orElseThrow();
        assertThat(full.origin()).containsExactly(0, 0, 0, 0, 0, 1, 1, 1);
        assertThat(full.whole()).isTrue();
    }

    @Test
    void namesWithoutChineseCharactersGetNoTerms() {
        assertThat(pinyin.termsFor("Bob Li")).isEmpty();
        assertThat(pinyin.termsFor("Zoë Ångström 42")).isEmpty();
        assertThat(pinyin.termsFor("")).isEmpty();
    }

    @Test
    void namesWithoutChineseCharactersAreNotKeptAmongTheRecentNames() {
        PinyinSearchTerms fresh = new PinyinSearchTerms();
        for (int i = 0; i < 100; i++) {
            fresh.termsFor("Member " + i);
        }
        assertThat(fresh.namesKept()).isZero();

        fresh.termsFor("张三");
        assertThat(fresh.namesKept()).isEqualTo(1);
    }

    @Test
    void aChineseCharacterAnywhereInTheNameIsSpelled() {
        assertThat(texts("Bob 李")).contains("bobli", "bobl");
        assertThat(texts("⺀ Tom 王")).contains("tomwang", "tomw");
    }

    @Test
    void latinLettersInAChineseNameAreKeptAsThemselves() {
        assertThat(texts("李A")).contains("lia", "la");
    }

    @Test
    void keptTermsAreTheSpelledOnesAndTheKeptNamesAreBounded() {
        PinyinSearchTerms fresh = new PinyinSearchTerms();
        assertThat(pinyin.termsFor("单曾")).isEqualTo(fresh.termsFor("单曾")).isSameAs(pinyin.termsFor("单曾"));
        PinyinSearchTerms none = new PinyinSearchTerms(0);
        assertThat(none.termsFor("单曾")).isEqualTo(fresh.termsFor("单曾")).isNotSameAs(none.termsFor("单曾"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PinyinSearchTerms(-1))
                .isInstanceOf(IllegalArgumentException.class);
        RecentNames<String> recent = new RecentNames<>(10);
        int[] computed = {0};
        for (int i = 0; i < 1000; i++) {
            String name = "n" + i;
            assertThat(recent.get(name, n -> {
                        computed[0]++;
                        return n.toUpperCase(java.util.Locale.ROOT);
                    }))
                    .isEqualTo(name.toUpperCase(java.util.Locale.ROOT));
            assertThat(recent.size()).isLessThanOrEqualTo(22);
        }
        assertThat(computed[0]).isEqualTo(1000);
        assertThat(recent.get("n999", n -> "again")).isEqualTo("N999");
        assertThat(recent.get("n0", n -> "again")).isEqualTo("again");
    }

    /** The spelling as first written (strings appended, a term made for every form), to compare with. */
    private static List<SearchTerm> reference(String name) {
        List<Readings.Syllable> syllables = Readings.of(name);
        if (syllables.stream().noneMatch(Readings.Syllable::han)) {
            return List.of();
        }
        java.util.Map<String, SearchTerm> out = new java.util.LinkedHashMap<>();
        for (List<String> spelling : Combinations.of(syllables, PinyinSearchTerms.MAX_READINGS)) {
            List<ReferenceSpelling> forms = new java.util.ArrayList<>();
            ReferenceSpelling full = new ReferenceSpelling(true);
            ReferenceSpelling spaced = new ReferenceSpelling(true);
            ReferenceSpelling initials = new ReferenceSpelling(false);
            for (int i = 0; i < syllables.size(); i++) {
                int at = syllables.get(i).index();
                full.append(spelling.get(i), at);
                spaced.append(i == 0 ? spelling.get(i) : " " + spelling.get(i), at);
                initials.append(spelling.get(i).substring(0, 1), at);
            }
            forms.addAll(List.of(full, spaced, initials));
            for (int k = 1; k < syllables.size(); k++) {
                ReferenceSpelling mixed = new ReferenceSpelling(false);
                for (int i = 0; i < syllables.size(); i++) {
                    Readings.Syllable s = syllables.get(i);
                    mixed.append(i < k ? name.substring(s.index(), s.index() + 1) : spelling.get(i), s.index());
                }
                forms.add(mixed);
            }
            for (ReferenceSpelling f : forms) {
                if (f.text.length() > 0) {
                    out.putIfAbsent(
                            f.text.toString(),
                            new SearchTerm(
                                    f.text.toString(),
                                    f.origin.stream()
                                            .mapToInt(Integer::intValue)
                                            .toArray(),
                                    f.whole));
                }
            }
        }
        return List.copyOf(out.values()).subList(0, Math.min(out.size(), PinyinSearchTerms.MAX_TERMS));
    }

    private static final class ReferenceSpelling {
        final StringBuilder text = new StringBuilder();
        final List<Integer> origin = new java.util.ArrayList<>();
        final boolean whole;

        ReferenceSpelling(boolean whole) {
            this.whole = whole;
        }

        void append(String part, int from) {
            for (int i = 0; i < part.length() && text.length() < SearchTerm.MAX_LENGTH; i++) {
                origin.add(from);
                text.append(part.charAt(i));
            }
        }
    }

    @Test
    void spellingsAreThoseOfThePlainSpellingForRandomNames() {
        String pool = "张三李四王五单曾行长重乐朝和了觉藏Ａa Bc-1·张\u3000𠀋";
        java.util.Random random = new java.util.Random(5);
        PinyinSearchTerms uncached = new PinyinSearchTerms(0);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(n % 100 == 0 ? 40 : 6);
            for (int i = 0; i < length; i++) {
                b.appendCodePoint(pool.codePointAt(
                        pool.offsetByCodePoints(0, random.nextInt(pool.codePointCount(0, pool.length())))));
            }
            String name = b.toString();
            assertThat(uncached.termsFor(name)).as(name).containsExactlyElementsOf(reference(name));
        }
    }
}
