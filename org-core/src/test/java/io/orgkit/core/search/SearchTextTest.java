package io.orgkit.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The search form's shortcuts (ASCII without a look-up, texts below U+0300 taken as NFC, folded characters kept)
 * give what the plain definition gives: NFC, then each code point NFKC-normalised, lower-cased and stripped of
 * white space.
 */
class SearchTextTest {
    /** Characters that fold in every way: ASCII, Latin-1, combining marks, full width, ligatures, Han, spaces. */
    private static final String[] POOL = {
        "a",
        "Z",
        "0",
        "9",
        " ",
        "\t",
        "-",
        ".",
        "@",
        "+",
        "é",
        "É",
        "e\u0301",
        "\u0301",
        "Å",
        "A\u030a",
        "ß",
        "İ",
        "Ａ",
        "ｚ",
        "１",
        "\u3000",
        "\u00a0",
        "\u2003",
        "ﬁ",
        "㎏",
        "Ⅻ",
        "张",
        "三",
        "單",
        "\uf900",
        "\uf9dc",
        "𝐀",
        "😀",
        "ǅ",
        "ㄱ",
        "가",
        "\u1100\u1161",
        "Ω",
        "ω",
        "ς",
        "Σ",
        "ｶ",
        "ﾞ",
        "·"
    };

    @Test
    void theSearchFormIsTheDefinitionsFormWhateverTheCharacters() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(n % 10 == 0 ? 80 : 12);
            for (int i = 0; i < parts; i++) {
                b.append(POOL[random.nextInt(POOL.length)]);
            }
            String value = b.toString();
            for (boolean whole : new boolean[] {true, false}) {
                assertThat(SearchText.term(value, whole)).as(value).isEqualTo(reference(value, whole));
            }
        }
    }

    @Test
    void everyCharacterOfTheBasicPlaneFoldsAsDefinedTwice() {
        for (int cp = 1; cp < 0x10000; cp++) {
            if (Character.isSurrogate((char) cp)) {
                continue;
            }
            String value = "x" + (char) cp;
            // the second call reads the kept fold
            assertThat(SearchText.term(value, true)).as("U+%04X", cp).isEqualTo(reference(value, true));
            assertThat(SearchText.term(value, true)).as("U+%04X", cp).isEqualTo(reference(value, true));
        }
    }

    /** The search form as first written: no shortcut. */
    private static @Nullable SearchTerm reference(String value, boolean whole) {
        String src = Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        int[] origin = new int[SearchTerm.MAX_LENGTH];
        boolean space = false;
        for (int i = 0; i < src.length() && out.length() < SearchTerm.MAX_LENGTH; ) {
            int cp = src.codePointAt(i);
            int at = Math.min(i, value.length() - 1);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    origin[out.length()] = at;
                    out.append(' ');
                    space = false;
                }
                String folded = cp < 0x80
                        ? String.valueOf((char) Character.toLowerCase(cp))
                        : Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("\\s+", "");
                for (char c : folded.toCharArray()) {
                    if (out.length() < SearchTerm.MAX_LENGTH) {
                        origin[out.length()] = at;
                        out.append(c);
                    }
                }
            }
            i += Character.charCount(cp);
        }
        return out.length() == 0 ? null : new SearchTerm(out.toString(), Arrays.copyOf(origin, out.length()), whole);
    }
}
