package io.orgkit.core.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory inverted index of one organization's members or departments, for stores that answer
 * {@link StoreSession#searchTerms} from memory (the in-memory store keeps one per organization and subject; the
 * JDBC store keeps one as a cache over its stored entries): n-gram postings (see
 * {@link Grams}: an n-gram is a {@code long}, its list found in an open-addressing table of them, so indexing a
 * term allocates no string per n-gram) and whole-term postings over numbered documents.
 *
 * <p>Documents {@code 0 .. sortedEnd-1} are numbered in hit order (sort name, then id), so walking a posting list
 * from its start yields candidates in name order: a query answers rank by rank (exact, then prefix, then
 * contains) and stops as soon as it has a page, however many members match. Documents added since the last
 * renumbering (the tail, numbered {@code sortedEnd} on) are checked in full and merged in; the index renumbers
 * itself when the tail or the replaced (dead) documents grow too many, so a tail stays a small part.
 *
 * <p>Writes may also be deferred ({@link #defer}): the entry is queued and applied, in order with the others,
 * in one batch when the index is next read ({@link #search}, {@link #size}, {@link #applyDeferred}), so a write
 * costs a queue append and a batch of writes renumbers at most once. {@link #undo} takes a deferred write back
 * whether or not it was applied meanwhile (a rolled-back transaction that searched its own writes).
 *
 * <p>Not thread-safe for writes: callers guard an index with their own lock, writes ({@link #put},
 * {@link #defer}, {@link #undo}, {@link #restore}, {@link #settle}) excluding every other call. Reads may run in
 * parallel with one another: the one of them that finds deferred writes applies them while holding the lock of
 * the queue, and the others wait for it there.
 */
public final class TermIndex {
    /**
     * One subject's terms as indexed, returned by {@link #put} so a rolled-back write can {@link #restore} it.
     *
     * @param id the subject's id
     * @param sortName its sort name
     * @param terms its term texts
     * @param whole for each term, whether it stands for a whole field
     */
    public record Doc(String id, String sortName, String[] terms, boolean[] whole) {}

    /**
     * A write queued by {@link #defer}, the handle to {@link #undo} it. Applied writes keep the document they
     * replaced until the handle is dropped.
     */
    public static final class Deferred {
        private final String id;
        /** The new document, or null when the subject is removed (kept compact: no entry, no term objects). */
        private final @Nullable Doc doc;
        /** Derives the entry when it is applied, instead of {@link #doc} (see {@link #defer(String, Supplier)}). */
        private final @Nullable Supplier<SearchEntry> lazy;

        private @Nullable Doc replaced;
        private boolean applied;

        private Deferred(String id, @Nullable Doc doc, @Nullable Supplier<SearchEntry> lazy) {
            this.id = id;
            this.doc = doc;
            this.lazy = lazy;
        }

        /** The document to apply: the one given, or the derived entry's (none when it has no terms). */
        private @Nullable Doc resolve() {
            if (lazy == null) {
                return doc;
            }
            SearchEntry e;
            try {
                e = lazy.get();
            } catch (RuntimeException failure) {
                // a plug-in failed: the subject stays out of search until written again, the search goes on
                LOG.warn(
                        "the search terms of {} could not be derived ({}); it is left out of search until written"
                                + " again",
                        id,
                        failure.toString());
                return null;
            }
            return e.terms().isEmpty() ? null : TermIndex.doc(e);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(TermIndex.class);

    /** Writes queued by {@link #defer}, oldest first. */
    private final ArrayDeque<Deferred> deferred = new ArrayDeque<>();

    private static final Comparator<Doc> HIT_ORDER =
            Comparator.comparing(Doc::sortName).thenComparing(Doc::id);

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<@Nullable Doc> docs = new ArrayList<>();
    private final GramMap grams = new GramMap();
    /** The grams of the document being added (reused). */
    private final Grams.Buffer cut = new Grams.Buffer();
    /** Whole terms (kind "whole") to their documents, for exact matches. */
    private final Map<String, Postings> wholes = new HashMap<>();

    /**
     * The number of subjects indexed.
     *
     * @return how many subjects have terms here
     */
    public int size() {
        applyDeferred();
        return numbers.size();
    }

    /**
     * Queues the subject's entry, to be applied as {@link #put} would, in order with the other deferred writes,
     * before the index is next read.
     *
     * @param e the subject's entry
     * @return the handle that {@link #undo} takes back
     */
    public Deferred defer(SearchEntry e) {
        Deferred d = new Deferred(e.id(), e.terms().isEmpty() ? null : doc(e), null);
        deferred.addLast(d);
        return d;
    }

    /**
     * Queues a subject's entry that is derived only when applied (before the index is next read), in order with
     * the other deferred writes: the write path does not pay for the derivation. A derivation that throws leaves
     * the subject out of the index (logged) instead of failing the read.
     *
     * @param id the subject's id
     * @param entry derives the subject's entry
     * @return the handle that {@link #undo} takes back
     */
    public Deferred defer(String id, Supplier<SearchEntry> entry) {
        Deferred d = new Deferred(id, null, entry);
        deferred.addLast(d);
        return d;
    }

    /**
     * Takes a deferred write back (for a rollback): drops it from the queue when it is still there, else puts back
     * the document it replaced. Writes are taken back newest first.
     *
     * @param d what {@link #defer} returned
     * @throws IllegalStateException when a later deferred write is still queued
     */
    public void undo(Deferred d) {
        if (d.applied) {
            restore(d.id, d.replaced);
        } else if (deferred.peekLast() == d) {
            deferred.removeLast();
        } else {
            throw new IllegalStateException("deferred writes are taken back newest first");
        }
    }

    /**
     * Applies every deferred write, in order, then renumbers once if the new or the replaced documents are many; a
     * batch larger than 256 and at least as large as the index (a first load, an import) is numbered in hit order
     * and listed from scratch instead (no list is sorted).
     * Reads call it first; a caller may call it to pay the cost at a time of its choosing.
     */
    public void applyDeferred() {
        synchronized (deferred) {
            if (deferred.isEmpty()) {
                return;
            }
            // a batch at least as large as the index (an import, the first load): number everything in hit order
            // and fill the lists in that order, instead of adding to the tail and sorting every list afterwards
            boolean rebuild = deferred.size() > 256 && deferred.size() >= numbers.size();
            for (Deferred d; (d = deferred.pollFirst()) != null; ) {
                d.replaced = remove(d.id);
                Doc doc = d.resolve();
                if (doc != null) {
                    if (rebuild) {
                        number(doc);
                    } else {
                        add(doc, false);
                    }
                }
                d.applied = true;
            }
            if (rebuild) {
                rebuild();
            } else if (dead > 1024 && dead > numbers.size() / 2) {
                renumber();
            } else {
                settle();
            }
        }
    }

    private int sortedEnd;
    private int dead;
    /** Dead documents below {@link #sortedEnd} keep their sort key here, for cursor positions. */
    private final List<Doc> sortedKeys = new ArrayList<>();

    /**
     * Replaces the subject's document (no terms: removes it).
     *
     * @param e the subject's entry
     * @return the document it replaced, or {@code null} when the subject was not indexed
     */
    @Nullable
    public Doc put(SearchEntry e) {
        applyDeferred();
        Doc old = remove(e.id());
        if (!e.terms().isEmpty()) {
            add(doc(e), true);
        }
        return old;
    }

    private static Doc doc(SearchEntry e) {
        return doc(e.id(), e.sortName(), e.terms());
    }

    private static Doc doc(String id, String sortName, List<IndexedTerm> terms) {
        String[] texts = new String[terms.size()];
        boolean[] whole = new boolean[terms.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = terms.get(i).text();
            whole[i] = terms.get(i).whole();
        }
        return new Doc(id, sortName, texts, whole);
    }

    /**
     * Puts back what {@link #put} replaced (for a rollback).
     *
     * @param id the subject's id
     * @param old what {@link #put} returned
     */
    public void restore(String id, @Nullable Doc old) {
        applyDeferred();
        remove(id);
        if (old != null) {
            add(old, true);
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

    /** Adds a document at the tail; {@code mayRenumber}: renumbers first when the tail or the dead are many. */
    private void add(Doc d, boolean mayRenumber) {
        int live = numbers.size();
        int tail = docs.size() - sortedEnd;
        if (mayRenumber && (tail > 256 + live / 8 || (dead > 1024 && dead > live / 2))) {
            renumber();
        }
        index(d, number(d));
    }

    /** Numbers a document at the tail, without listing it yet. */
    private int number(Doc d) {
        int no = docs.size();
        docs.add(d);
        numbers.put(d.id(), no);
        return no;
    }

    /** Adds document {@code no} to the lists of its n-grams and whole terms (at their ends). */
    private void index(Doc d, int no) {
        cut.clear();
        cut.add(Grams.EVERY);
        for (int i = 0; i < d.terms().length; i++) {
            Grams.ofTerm(d.terms()[i], cut);
            if (d.whole()[i]) {
                wholes.computeIfAbsent(d.terms()[i], k -> new Postings()).addOnce(no);
            }
        }
        // no is above every number listed yet, so a gram met twice in this document is already last in its list
        for (int i = 0, n = cut.size(); i < n; i++) {
            grams.getOrAdd(cut.get(i)).addOnce(no);
        }
    }

    /**
     * Numbers the live documents in hit order and lists them again from scratch in that order (each list is
     * filled in ascending order, nothing is sorted), dropping dead ones.
     */
    private void rebuild() {
        List<Doc> live = liveInHitOrder();
        grams.clear();
        wholes.clear();
        docs.clear();
        for (int i = 0; i < live.size(); i++) {
            Doc d = live.get(i);
            docs.add(d);
            numbers.put(d.id(), i);
            index(d, i);
        }
        allSorted(live);
    }

    /** The live documents, in hit order. */
    private List<Doc> liveInHitOrder() {
        List<Doc> live = new ArrayList<>(numbers.size());
        for (Doc d : docs) {
            if (d != null) {
                live.add(d);
            }
        }
        live.sort(HIT_ORDER);
        return live;
    }

    /** Records that {@code live}, now numbered 0.., are all the documents, in hit order, none dead. */
    private void allSorted(List<Doc> live) {
        sortedKeys.clear();
        sortedKeys.addAll(live);
        sortedEnd = live.size();
        dead = 0;
    }

    /** Numbers the live documents again in hit order, dropping dead ones; every posting list follows. */
    private void renumber() {
        List<Doc> live = liveInHitOrder();
        int[] map = new int[docs.size()];
        Arrays.fill(map, -1);
        for (int i = 0; i < live.size(); i++) {
            int old = java.util.Objects.requireNonNull(numbers.get(live.get(i).id()));
            map[old] = i;
            numbers.put(live.get(i).id(), i);
        }
        grams.forEachThenDropEmpty(p -> p.remap(map, sortedEnd));
        remap(wholes, map, sortedEnd);
        docs.clear();
        docs.addAll(live);
        allSorted(live);
    }

    private static void remap(Map<String, Postings> lists, int[] map, int sortedEnd) {
        for (Iterator<Postings> it = lists.values().iterator(); it.hasNext(); ) {
            Postings p = it.next();
            p.remap(map, sortedEnd);
            if (p.size() == 0) {
                it.remove();
            }
        }
    }

    /**
     * The first matches of {@code q} in {@link TermMatch} order. The query's scope fields are not read here.
     *
     * @param q the query (needle, rank range, cursor and limit)
     * @param inScope whether a subject id passes the query's filters
     * @return at most {@code q.limit()} matches after the cursor
     */
    public List<TermMatch> search(TermQuery q, Predicate<String> inScope) {
        applyDeferred();
        List<Postings> all = postings(q.needle(), q.anywhere());
        if (all.isEmpty()) {
            return List.of();
        }
        TermMatch after = q.after();
        List<TermMatch> out = new ArrayList<>();
        int lastRank = q.anywhere() ? TermMatch.CONTAINS : TermMatch.PREFIX;
        for (int rank = TermMatch.EXACT; rank <= lastRank && out.size() < q.limit(); rank++) {
            if (after != null && rank < after.rank()) {
                continue;
            }
            List<Postings> lists = listsFor(rank, q.needle(), all);
            if (lists.isEmpty()) {
                continue;
            }
            int from = after != null && rank == after.rank() ? firstAfter(after) : 0;
            walk(lists, from, sortedEnd, rank, q, inScope, out);
        }
        // the tail (documents not yet in hit order): every match there, merged in
        List<TermMatch> tail = new ArrayList<>();
        walk(all, sortedEnd, Integer.MAX_VALUE, -1, q, inScope, tail);
        if (tail.isEmpty()) {
            return out;
        }
        out.addAll(tail);
        out.sort(null);
        return out.size() > q.limit() ? new ArrayList<>(out.subList(0, q.limit())) : out;
    }

    /**
     * Adds to {@code out}, in document order, the documents numbered {@code from .. to-1} in every list whose
     * best rank is {@code rank} (any rank when negative), that come after the cursor and pass the scope; stops at
     * the query's limit.
     */
    private void walk(
            List<Postings> lists,
            int from,
            int to,
            int rank,
            TermQuery q,
            Predicate<String> inScope,
            List<TermMatch> out) {
        Postings first = lists.get(0);
        int[] at = new int[lists.size()];
        for (int i = first.indexOf(from); i < first.size(); i++) {
            int no = first.get(i);
            if (no >= to) {
                return;
            }
            Doc d = docs.get(no);
            if (d == null || !inOthers(lists, at, no)) {
                continue;
            }
            int r = rank(d, q.needle(), q.anywhere());
            if (r < 0 || (rank >= 0 && r != rank)) {
                continue;
            }
            TermMatch m = new TermMatch(d.id(), r, d.sortName());
            if (q.isAfterCursor(m) && inScope.test(d.id())) {
                out.add(m);
                if (rank >= 0 && out.size() >= q.limit()) {
                    return;
                }
            }
        }
    }

    /** The lists whose intersection holds every document that may match with {@code rank}, shortest first. */
    private List<Postings> listsFor(int rank, String needle, List<Postings> all) {
        if (rank == TermMatch.EXACT) {
            Postings p = wholes.get(needle);
            return p == null ? List.of() : List.of(p);
        }
        if (rank == TermMatch.PREFIX) {
            Postings start = grams.get(Grams.start(needle.substring(0, Math.min(2, needle.length()))));
            if (start == null) {
                return List.of();
            }
            List<Postings> lists = new ArrayList<>(all);
            lists.add(start);
            lists.sort(Comparator.comparingInt(Postings::size));
            return lists.size() > 3 ? lists.subList(0, 3) : lists;
        }
        return all;
    }

    /** The first document number in hit order placed after the cursor's position. */
    private int firstAfter(TermMatch after) {
        Doc key = new Doc(after.id(), after.sortName(), new String[0], new boolean[0]);
        int i = Collections.binarySearch(sortedKeys, key, HIT_ORDER);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The postings every candidate must be in, shortest first; empty when some gram is unknown. */
    private List<Postings> postings(String needle, boolean anywhere) {
        Grams.Buffer needed = new Grams.Buffer();
        Grams.ofNeedle(needle, needed);
        if (!anywhere) {
            needed.add(Grams.start(needle.substring(0, Math.min(2, needle.length()))));
        } else if (needed.size() == 0) {
            needed.add(Grams.EVERY); // no gram to narrow by: every document is a candidate
        }
        List<Postings> lists = new ArrayList<>();
        for (int i = 0, n = needed.distinct(); i < n; i++) {
            Postings p = grams.get(needed.get(i));
            if (p == null) {
                return List.of();
            }
            lists.add(p);
        }
        lists.sort(Comparator.comparingInt(Postings::size));
        return lists.size() > 3 ? lists.subList(0, 3) : lists;
    }

    /**
     * Whether {@code no} is in every list but the first; {@code at} keeps each list's position between calls
     * (candidates come in ascending order, so each list is searched forward from where the last call stopped).
     */
    private static boolean inOthers(List<Postings> lists, int[] at, int no) {
        for (int i = 1; i < lists.size(); i++) {
            Postings p = lists.get(i);
            at[i] = p.seek(at[i], no);
            if (at[i] >= p.size() || p.get(at[i]) != no) {
                return false;
            }
        }
        return true;
    }

    /** Renumbers the documents in hit order when many were added since the last time (after a batch of writes). */
    public void settle() {
        if (docs.size() - sortedEnd > 256 + numbers.size() / 32) {
            renumber();
        }
    }

    /**
     * How one subject's terms match a needle, ranked as {@link #search} ranks (for a store that checks rows
     * without an index).
     *
     * @param id the subject's id
     * @param sortName its sort name
     * @param terms its terms
     * @param needle the query in search form
     * @param anywhere whether a term containing the needle elsewhere than at its start matches
     * @return the match, or {@code null} when no term matches
     */
    public static @Nullable TermMatch match(
            String id, String sortName, List<IndexedTerm> terms, String needle, boolean anywhere) {
        int r = rank(doc(id, sortName, terms), needle, anywhere);
        return r < 0 ? null : new TermMatch(id, r, sortName);
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
                if (r == TermMatch.EXACT) {
                    return r;
                }
            }
        }
        return best;
    }
}
