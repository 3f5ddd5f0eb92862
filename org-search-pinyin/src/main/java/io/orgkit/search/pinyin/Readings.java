package io.orgkit.search.pinyin;

import io.orgkit.core.search.SearchText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The readings of each character of a name: a Chinese character's distinct toneless pinyin spellings (every
 * reading of a polyphonic one, {@code ü} written {@code v}), any other letter or digit as itself in search form;
 * white space and punctuation are left out.
 */
final class Readings {
    /** One character of the name that has readings, and where it is. */
    record Syllable(int index, List<String> readings, boolean han) {}

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    /** Readings by character, filled as characters are met (at most the few tens of thousands of Han characters). */
    private static final Map<Character, List<String>> CACHE = new ConcurrentHashMap<>();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Readings() {}

    static List<Syllable> of(String name) {
        List<Syllable> out = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            List<String> pinyin = pinyin(c);
            if (!pinyin.isEmpty()) {
                out.add(new Syllable(i, pinyin, true));
            } else if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
                String folded = SearchText.fold(String.valueOf(c));
                if (!folded.isEmpty()) {
                    out.add(new Syllable(i, List.of(folded), false));
                }
            }
        }
        return out;
    }

    /** Whether {@code name} has a character {@link #of} would spell (a Chinese character of the BMP). */
    static boolean hasHan(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (isHan(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return c >= '\u2e80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static List<String> pinyin(char c) {
        if (!isHan(c)) {
            return List.of();
        }
        return CACHE.computeIfAbsent(c, Readings::lookUp);
    }

    private static List<String> lookUp(char c) {
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (all == null) {
                return List.of();
            }
            Set<String> distinct = new LinkedHashSet<>();
            for (String p : all) {
                if (!p.isEmpty() && p.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                    distinct.add(p);
                }
            }
            return List.copyOf(distinct);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j refused the output format", e);
        }
    }
}
