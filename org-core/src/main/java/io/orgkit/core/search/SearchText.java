package io.orgkit.core.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The search form of a text, shared by terms and queries: each character compatibility-normalised (NFKC, so
 * full-width {@code ＡＢＣ} becomes {@code abc}), lower-cased, runs of white space made one space, and trimmed.
 */
public final class SearchText {
    private SearchText() {}

    /** {@code text} in search form (may be empty). */
    public static String fold(String text) {
        SearchTerm t = term(text, true);
        return t == null ? "" : t.text();
    }

    /**
     * {@code value} in search form as a term, each character remembering where it came from; cut to
     * {@link SearchTerm#MAX_LENGTH} characters. Null when nothing is left (a blank value).
     */
    public static @Nullable SearchTerm term(String value, boolean whole) {
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
                for (char c : foldCodePoint(cp).toCharArray()) {
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

    private static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
