package io.orgkit.search.pinyin;

import io.orgkit.core.search.SearchTerm;
import io.orgkit.core.search.SearchTermContributor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pinyin search terms for names with Chinese characters: the full spelling ({@code zhangsan}, and
 * {@code zhang san}), the initials ({@code zs}) and the mixed forms that keep the first characters
 * ({@code 张san}, so {@code 张s} finds 张三), for every reading of polyphonic characters (单 gives dan, shan and
 * chan), at most {@value #MAX_READINGS} combinations of readings per name. Each term character points at the
 * Chinese character it spells, so highlights mark the name itself. Names without Chinese characters get no
 * terms. Found by {@code ServiceLoader}, or register it with {@code OrganizationService.builder().searchTerms(new
 * PinyinSearchTerms())}.
 */
public final class PinyinSearchTerms implements SearchTermContributor {
    /** At most this many combinations of readings are spelled per name. */
    public static final int MAX_READINGS = 8;

    @Override
    public String name() {
        return "pinyin-1";
    }

    /**
     * How many names' terms are kept by default, per generation (the last 4,096 to 8,192 names met; a few
     * megabytes at most).
     */
    public static final int RECENT_NAMES = 4096;

    private final @Nullable RecentNames<List<SearchTerm>> recent;

    /** Pinyin terms, keeping the terms of the last {@value #RECENT_NAMES} to twice as many names met. */
    public PinyinSearchTerms() {
        this(RECENT_NAMES);
    }

    /**
     * Pinyin terms, keeping the terms of the last {@code recentNames} to twice as many names met.
     *
     * @param recentNames names kept per generation; 0 keeps none (each name is spelled every time)
     * @throws IllegalArgumentException when {@code recentNames} is negative
     */
    public PinyinSearchTerms(int recentNames) {
        if (recentNames < 0) {
            throw new IllegalArgumentException("recentNames must be at least 0, was " + recentNames);
        }
        this.recent = recentNames == 0 ? null : new RecentNames<>(recentNames);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The terms of the last few thousand names are kept (names repeat), so a name met again is not spelled
     * again.
     */
    @Override
    public List<SearchTerm> termsFor(String name) {
        if (!Readings.hasHan(name)) {
            return List.of(); // nothing to spell: not spelled, not kept (it would push spelled names out)
        }
        RecentNames<List<SearchTerm>> kept = recent;
        return kept == null ? spell(name) : kept.get(name, PinyinSearchTerms::spell);
    }

    /** How many names' terms are kept now (both generations). */
    int namesKept() {
        RecentNames<List<SearchTerm>> kept = recent;
        return kept == null ? 0 : kept.size();
    }

    private static List<SearchTerm> spell(String name) {
        List<Readings.Syllable> syllables = Readings.of(name);
        if (syllables.stream().noneMatch(Readings.Syllable::han)) {
            return List.of();
        }
        Map<String, SearchTerm> terms = new LinkedHashMap<>();
        for (List<String> spelling : Combinations.of(syllables, MAX_READINGS)) {
            spell(name, syllables, spelling, terms);
        }
        return List.copyOf(terms.values()).subList(0, Math.min(terms.size(), MAX_TERMS));
    }

    private static void spell(
            String name, List<Readings.Syllable> syllables, List<String> spelling, Map<String, SearchTerm> out) {
        Spelling full = new Spelling();
        Spelling spaced = new Spelling();
        Spelling initials = new Spelling();
        for (int i = 0; i < syllables.size(); i++) {
            int at = syllables.get(i).index();
            full.append(spelling.get(i), at);
            if (i > 0) {
                spaced.append(' ', at);
            }
            spaced.append(spelling.get(i), at);
            initials.append(spelling.get(i).charAt(0), at);
        }
        put(out, full, true);
        put(out, spaced, true);
        put(out, initials, false);
        for (int k = 1; k < syllables.size(); k++) {
            Spelling mixed = new Spelling();
            for (int i = 0; i < syllables.size(); i++) {
                Readings.Syllable s = syllables.get(i);
                if (i < k) {
                    mixed.append(name.charAt(s.index()), s.index());
                } else {
                    mixed.append(spelling.get(i), s.index());
                }
            }
            put(out, mixed, false);
        }
    }

    /** Keeps the spelling's term unless a term of the same text is kept already (then no term is made). */
    private static void put(Map<String, SearchTerm> out, Spelling spelling, boolean whole) {
        String text = spelling.text();
        if (!out.containsKey(text)) {
            SearchTerm term = spelling.term(text, whole);
            if (term != null) {
                out.put(text, term);
            }
        }
    }
}
