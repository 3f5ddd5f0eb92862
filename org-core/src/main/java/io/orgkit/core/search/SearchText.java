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
    /**
     * Folded characters of the Basic Multilingual Plane, filled as they are met, in pages of 256 (a page holds
     * what {@link #fold(int)} gives; racy filling is harmless: strings are immutable, a lost entry is folded again).
     */
    private static final String[][] FOLDED = new String[0x100][];

    private SearchText() {}

    /** {@code text} in search form (may be empty): the text of {@link #term}, cut the same way. */
    public static String fold(String text) {
        return fold(text, null);
    }

    /**
     * {@code value} in search form as a term, each character remembering where it came from; cut to
     * {@link SearchTerm#MAX_LENGTH} characters. Null when nothing is left (a blank value).
     */
    public static @Nullable SearchTerm term(String value, boolean whole) {
        int[] origin = new int[SearchTerm.MAX_LENGTH];
        String text = fold(value, origin);
        return text.isEmpty() ? null : new SearchTerm(text, Arrays.copyOf(origin, text.length()), whole);
    }

    /** {@code value} in search form; when {@code origin} is given, where each character came from, into it. */
    private static String fold(String value, int @Nullable [] origin) {
        String src = isNfc(value) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(Math.min(src.length(), SearchTerm.MAX_LENGTH));
        boolean space = false;
        for (int i = 0; i < src.length() && out.length() < SearchTerm.MAX_LENGTH; ) {
            int cp = src.codePointAt(i);
            int at = Math.min(i, value.length() - 1);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    if (origin != null) {
                        origin[out.length()] = at;
                    }
                    out.append(' ');
                    space = false;
                }
                if (cp < 0x80) {
                    if (out.length() < SearchTerm.MAX_LENGTH) {
                        if (origin != null) {
                            origin[out.length()] = at;
                        }
                        out.append((char) Character.toLowerCase(cp));
                    }
                } else {
                    String folded = foldCodePoint(cp);
                    for (int k = 0; k < folded.length() && out.length() < SearchTerm.MAX_LENGTH; k++) {
                        if (origin != null) {
                            origin[out.length()] = at;
                        }
                        out.append(folded.charAt(k));
                    }
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Whether {@code value} is in NFC. Characters below U+0300 are each in NFC and never compose with one another
     * (composition needs a combining mark, U+0300 on), so a text of only those is answered without a look-up.
     */
    private static boolean isNfc(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x300) {
                return Normalizer.isNormalized(value, Normalizer.Form.NFC);
            }
        }
        return true;
    }

    /** A character from U+0080 on in search form (NFKC, lower case, no white space; may be empty). */
    private static String foldCodePoint(int cp) {
        if (cp >= 0x10000) {
            return fold(cp);
        }
        String[] page = FOLDED[cp >>> 8];
        if (page == null) {
            page = new String[0x100];
            FOLDED[cp >>> 8] = page;
        }
        String folded = page[cp & 0xFF];
        if (folded == null) {
            folded = fold(cp);
            page[cp & 0xFF] = folded;
        }
        return folded;
    }

    private static String fold(int cp) {
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
