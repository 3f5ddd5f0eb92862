package io.orgkit.search.pinyin;

import java.util.ArrayList;
import java.util.List;

/** The first {@code max} combinations of one reading per syllable, the most common reading first. */
final class Combinations {
    private Combinations() {}

    static List<List<String>> of(List<Readings.Syllable> syllables, int max) {
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (Readings.Syllable s : syllables) {
            List<List<String>> next = new ArrayList<>();
            for (String reading : s.readings()) {
                for (List<String> prefix : out) {
                    if (next.size() == max) {
                        break;
                    }
                    List<String> longer = new ArrayList<>(prefix);
                    longer.add(reading);
                    next.add(longer);
                }
            }
            out = next;
        }
        return out;
    }
}
