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
}
