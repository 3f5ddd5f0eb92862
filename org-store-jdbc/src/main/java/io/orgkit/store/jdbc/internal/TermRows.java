package io.orgkit.store.jdbc.internal;

import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.SearchEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one entry in the terms table: each term's text (kind 0 when whole, 1 otherwise) and each inner
 * suffix (kind 2) long enough to start a contains-query match (three characters, or any with a non-Latin
 * character; shorter Latin queries match term starts only). Each text once, with its lowest kind.
 */
final class TermRows {
    /** One row. */
    record Row(SearchEntry entry, String term, int kind) {}

    private TermRows() {}

    static List<Row> of(SearchEntry e) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (IndexedTerm term : e.terms()) {
            String text = term.text();
            kinds.merge(text, term.whole() ? 0 : 1, Math::min);
            for (int i = 1; i < text.length(); i++) {
                String suffix = text.substring(i);
                if (suffix.length() >= 3 || !suffix.chars().allMatch(c -> c < 0x80)) {
                    kinds.merge(suffix, 2, Math::min);
                }
            }
        }
        List<Row> rows = new ArrayList<>(kinds.size());
        kinds.forEach((term, kind) -> rows.add(new Row(e, term, kind)));
        return rows;
    }
}
