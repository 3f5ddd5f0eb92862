package io.orgkit.core.internal.memory;

import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.TermMatch;
import io.orgkit.core.store.TermQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory inverted index of one organization's members or departments: n-gram postings (see
 * {@link Grams}) over numbered documents. A replaced document is marked dead and skipped; the postings are
 * rebuilt when dead documents outnumber live ones.
 */
final class TermIndex {
    /** One subject's terms. */
    record Doc(String id, String sortName, String[] terms, boolean[] whole) {}

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<@Nullable Doc> docs = new ArrayList<>();
    private Map<String, Postings> grams = new HashMap<>();
    private int dead;

    /** Replaces the subject's document (no terms: removes it); returns the document it replaced. */
    @Nullable
    Doc put(SearchEntry e) {
        Doc old = remove(e.id());
        if (!e.terms().isEmpty()) {
            List<IndexedTerm> terms = e.terms();
            String[] texts = new String[terms.size()];
            boolean[] whole = new boolean[terms.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = terms.get(i).text();
                whole[i] = terms.get(i).whole();
            }
            add(new Doc(e.id(), e.sortName(), texts, whole));
        }
        return old;
    }

    /** Puts back what {@link #put} replaced (for a rollback). */
    void restore(String id, @Nullable Doc old) {
        remove(id);
        if (old != null) {
            add(old);
        }
    }

    private @Nullable Doc remove(String id) {
        Integer no = numbers.remove(id);
        if (no == null) {
            return null;
        }
        Doc old = docs.set(no, null);
        dead++;
        return old;
    }

    private void add(Doc d) {
        if (dead > 1024 && dead > docs.size() / 2) {
            compact();
        }
        int no = docs.size();
        docs.add(d);
        numbers.put(d.id(), no);
        Set<String> gs = Grams.newSet();
        for (String t : d.terms()) {
            Grams.ofTerm(t, gs);
        }
        for (String g : gs) {
            grams.computeIfAbsent(g, k -> new Postings()).add(no);
        }
    }

    private void compact() {
        List<Doc> live = docs.stream().filter(d -> d != null).toList();
        docs.clear();
        numbers.clear();
        grams = new HashMap<>();
        dead = 0;
        live.forEach(this::add);
        grams.values().forEach(Postings::trim);
    }

    /** The first matches of {@code q} in order; {@code inScope} tells whether a subject id passes the filters. */
    List<TermMatch> search(TermQuery q, Predicate<String> inScope) {
        List<Postings> lists = postings(q);
        if (lists.isEmpty()) {
            return List.of();
        }
        PriorityQueue<TermMatch> best = new PriorityQueue<>(Comparator.reverseOrder());
        Postings first = lists.get(0);
        for (int i = 0; i < first.size(); i++) {
            int no = first.get(i);
            Doc d = docs.get(no);
            if (d == null || !inOthers(lists, no)) {
                continue;
            }
            int rank = rank(d, q.needle(), q.anywhere());
            if (rank < 0) {
                continue;
            }
            TermMatch m = new TermMatch(d.id(), rank, d.sortName());
            if (q.isAfterCursor(m)
                    && (best.size() < q.limit() || m.compareTo(best.peek()) < 0)
                    && inScope.test(d.id())) {
                best.add(m);
                if (best.size() > q.limit()) {
                    best.poll();
                }
            }
        }
        List<TermMatch> out = new ArrayList<>(best);
        out.sort(null);
        return out;
    }

    /** The postings every candidate must be in, shortest first; empty when some gram is unknown. */
    private List<Postings> postings(TermQuery q) {
        Set<String> needed = Grams.ofNeedle(q.needle(), Grams.newSet());
        if (needed.isEmpty()) {
            needed = Set.of(Grams.start(q.needle()));
        }
        List<Postings> lists = new ArrayList<>();
        for (String g : needed) {
            Postings p = grams.get(g);
            if (p == null) {
                return List.of();
            }
            lists.add(p);
        }
        lists.sort(Comparator.comparingInt(Postings::size));
        return lists.size() > 3 ? lists.subList(0, 3) : lists;
    }

    private static boolean inOthers(List<Postings> lists, int no) {
        for (int i = 1; i < lists.size(); i++) {
            if (!lists.get(i).contains(no)) {
                return false;
            }
        }
        return true;
    }

    /** The best rank of the needle in the document's terms, or -1 when no term matches. */
    private static int rank(Doc d, String needle, boolean anywhere) {
        int best = -1;
        for (int i = 0; i < d.terms().length; i++) {
            String t = d.terms()[i];
            int r = t.startsWith(needle)
                    ? (d.whole()[i] && t.length() == needle.length() ? TermMatch.EXACT : TermMatch.PREFIX)
                    : anywhere && t.contains(needle) ? TermMatch.CONTAINS : -1;
            if (r >= 0 && (best < 0 || r < best)) {
                best = r;
            }
        }
        return best;
    }
}
