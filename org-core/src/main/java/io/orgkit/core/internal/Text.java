package io.orgkit.core.internal;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * What every stored text goes through (names, employee IDs, positions, phones, emails, department names): characters
 * that cannot be stored or displayed safely are refused, the rest is stored in NFC with invisible characters cut
 * from both ends. Lengths are counted in characters (code points), not UTF-16 units.
 */
public final class Text {
    private Text() {}

    /** Why {@code raw} cannot be stored (a control, bidi override or unpaired surrogate), or null when it can. */
    public static @Nullable String problem(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a broken character (an unpaired UTF-16 surrogate at position " + (i + 1)
                        + "); type the value again";
            } else if (Character.getType(c) == Character.CONTROL) {
                return "must not contain control characters (found " + codePoint(c) + ")";
            } else if (isBidiControl(c)) {
                return "must not contain bidirectional override or isolate characters (found " + codePoint(c)
                        + "); they can make text display differently from what is stored";
            }
        }
        return null;
    }

    /** {@code raw} (already free of {@link #problem}s) in NFC, without invisible characters at either end. */
    public static String normalize(String raw) {
        String nfc = Normalizer.isNormalized(raw, Normalizer.Form.NFC)
                ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFC);
        int from = 0;
        int to = nfc.length();
        while (from < to && isInvisible(nfc.charAt(from))) {
            from++;
        }
        while (to > from && isInvisible(nfc.charAt(to - 1))) {
            to--;
        }
        return nfc.substring(from, to);
    }

    /** The number of characters (code points). */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** White space, the no-break spaces (U+00A0, U+2007, U+202F) and the zero-width characters. */
    static boolean isInvisible(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060'
                || c == '\uFEFF';
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
