package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.LazySearchEntry;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.store.TermIndex;
import io.orgkit.core.store.TermMatch;
import io.orgkit.core.store.TermQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index: stays correct when most of its documents have been replaced (it renumbers itself),
 * answers broad queries (thousands of matches, documents both in hit order and added since) with the same pages
 * as a plain ranking of every document would give, and applies the writes it deferred before any search, a
 * rollback taking them back whether a search applied them or not.
 */
class InMemorySearchIndexTest {
    private final InMemoryStore store = new InMemoryStore();
    private final OrgId org = OrgId.random();

    private SearchEntry entry(String id, String term) {
        return new SearchEntry(org, SearchSubject.MEMBER, id, term, List.of(new IndexedTerm(term, true)));
    }

    private List<TermMatch> find(String needle) {
        return store.read(
                s -> s.searchTerms(new TermQuery(org, SearchSubject.MEMBER, needle, true, null, null, null, 10)));
    }

    private void newOrganization() {
        store.write(s -> {
            s.insertOrganization(new Organization(org, "Acme", "generic", null, true, false, Map.of(), Instant.EPOCH));
            return null;
        });
    }

    @Test
    void manyReplacementsOfTheSameSubjectsLeaveOneCurrentDocumentEach() {
        newOrganization();
        store.write(s -> {
            for (int round = 0; round < 1200; round++) {
                s.putSearchEntries(List.of(entry("a", "alpha" + round), entry("b", "beta" + round)));
            }
            return null;
        });

        assertThat(find("alpha1199")).extracting(TermMatch::id).containsExactly("a");
        assertThat(find("alpha1198")).isEmpty();
        assertThat(find("beta")).extracting(TermMatch::id).containsExactly("b");
    }

    /** What a subject's terms are, kept by the test to rank every subject the plain way. */
    private final Map<String, SearchEntry> reference = new HashMap<>();

    private void put(List<SearchEntry> entries) {
        store.write(s -> {
            s.putSearchEntries(entries);
            return null;
        });
        // a search applies the writes the index deferred, batch by batch, so the index is renumbered as it goes
        // and the later small batches stay its tail
        find("zh");
        for (SearchEntry e : entries) {
            if (e.terms().isEmpty()) {
                reference.remove(e.id());
            } else {
                reference.put(e.id(), e);
            }
        }
    }

    private static final String[] SYLLABLES = {"zh", "an", "g", "li", "wa", "ng", "s", "e0", "01", "2", "张", "三", "李"};

    private static String word(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    private SearchEntry randomEntry(Random rnd, String id) {
        List<IndexedTerm> terms = new ArrayList<>();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            terms.add(new IndexedTerm(word(rnd), rnd.nextBoolean()));
        }
        // several subjects share a sort name: ties are broken by id
        String sortName = word(rnd);
        return new SearchEntry(org, SearchSubject.MEMBER, id, sortName, terms);
    }

    private @Nullable TermMatch plainRank(SearchEntry e, String needle, boolean anywhere) {
        int best = -1;
        for (IndexedTerm t : e.terms()) {
            int r = t.text().equals(needle) && t.whole()
                    ? TermMatch.EXACT
                    : t.text().startsWith(needle)
                            ? TermMatch.PREFIX
                            : anywhere && t.text().contains(needle) ? TermMatch.CONTAINS : -1;
            if (r >= 0 && (best < 0 || r < best)) {
                best = r;
            }
        }
        return best < 0 ? null : new TermMatch(e.id(), best, e.sortName());
    }

    private List<TermMatch> plainSearch(String needle, boolean anywhere) {
        List<TermMatch> all = new ArrayList<>();
        for (SearchEntry e : reference.values()) {
            TermMatch m = plainRank(e, needle, anywhere);
            if (m != null) {
                all.add(m);
            }
        }
        all.sort(null);
        return all;
    }

    private List<TermMatch> page(String needle, boolean anywhere, @Nullable TermMatch after, int limit) {
        return store.read(s ->
                s.searchTerms(new TermQuery(org, SearchSubject.MEMBER, needle, anywhere, null, null, after, limit)));
    }

    private void assertPagesMatchPlainRanking(String needle, boolean anywhere, int limit) {
        List<TermMatch> expected = plainSearch(needle, anywhere);
        List<TermMatch> seen = new ArrayList<>();
        TermMatch after = null;
        while (true) {
            List<TermMatch> p = page(needle, anywhere, after, limit);
            assertThat(p.size()).isLessThanOrEqualTo(limit);
            seen.addAll(p);
            if (p.size() < limit) {
                break;
            }
            after = p.get(p.size() - 1);
        }
        assertThat(seen).as("pages of %s", needle).containsExactlyElementsOf(expected);
        assertThat(page(needle, anywhere, null, limit))
                .as("first page of %s", needle)
                .containsExactlyElementsOf(expected.subList(0, Math.min(limit, expected.size())));
    }

    @Test
    void broadQueriesWithALimitAndACursorGiveThePagesOfAPlainRankingOfEveryDocument() {
        newOrganization();
        Random rnd = new Random(42);
        List<SearchEntry> batch = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            batch.add(randomEntry(rnd, "m" + i));
            if (batch.size() == 500) {
                put(batch);
                batch = new ArrayList<>();
            }
        }
        // replacements, removals and additions after the last renumbering, in batches small enough that the
        // index keeps them as its tail (not yet in hit order): some numbered documents are dead, some are new
        for (int batchNo = 0; batchNo < 2; batchNo++) {
            List<SearchEntry> later = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String id = "m" + rnd.nextInt(4000);
                later.add(
                        rnd.nextInt(4) == 0
                                ? new SearchEntry(org, SearchSubject.MEMBER, id, "gone", List.of())
                                : randomEntry(rnd, id));
            }
            for (int i = 0; i < 20; i++) {
                later.add(randomEntry(rnd, "n" + batchNo + "-" + i));
            }
            put(later);
        }

        for (String needle : List.of("zh", "z", "张", "张三", "li", "ng", "e0", "e001", "an", "wang", "三李", "ngs")) {
            boolean anywhere = needle.length() >= 3 || needle.chars().anyMatch(c -> c >= 0x80);
            assertPagesMatchPlainRanking(needle, anywhere, 50);
            assertPagesMatchPlainRanking(needle, anywhere, 7);
        }
        assertPagesMatchPlainRanking("zh", true, 13);
    }

    @Test
    void aFailedWriteAfterManyDocumentsLeavesTheSamePages() {
        newOrganization();
        Random rnd = new Random(7);
        List<SearchEntry> batch = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            batch.add(randomEntry(rnd, "m" + i));
        }
        put(batch);
        List<TermMatch> before = page("zh", false, null, 1000);
        try {
            store.write(s -> {
                for (int i = 0; i < 3000; i++) {
                    s.putSearchEntries(List.of(randomEntry(rnd, "m" + i), randomEntry(rnd, "x" + i)));
                }
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the write is undone
        }
        assertThat(page("zh", false, null, 1000)).containsExactlyElementsOf(before);
        // the same with a search inside the failing write: its batch (as large as the index) is applied by
        // listing every document again, then taken back document by document
        List<List<TermMatch>> inside = new ArrayList<>();
        try {
            store.write(s -> {
                for (int i = 0; i < 3000; i++) {
                    s.putSearchEntries(List.of(randomEntry(rnd, "m" + i), randomEntry(rnd, "x" + i)));
                }
                inside.add(s.searchTerms(new TermQuery(org, SearchSubject.MEMBER, "zh", false, null, null, null, 5)));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the write is undone
        }
        assertThat(inside.get(0)).hasSize(5).isNotEqualTo(before.subList(0, 5));
        assertThat(page("zh", false, null, 1000)).containsExactlyElementsOf(before);
        assertPagesMatchPlainRanking("zh", false, 50);
        assertPagesMatchPlainRanking("ng", true, 50);
    }

    private List<String> ids(StoreSession s, String needle) {
        return s.searchTerms(new TermQuery(org, SearchSubject.MEMBER, needle, true, null, null, null, 100)).stream()
                .map(TermMatch::id)
                .toList();
    }

    @Test
    void deferredWritesAreAppliedBeforeASearchAndTakenBackByARollback() {
        newOrganization();
        put(List.of(entry("a", "alpha"), entry("b", "bravo")));
        assertThat(find("alpha")).extracting(TermMatch::id).containsExactly("a");

        // committed writes are found by the next search, a replaced term is gone at once
        store.write(s -> {
            s.putSearchEntries(List.of(entry("a", "charlie"), entry("c", "charlie")));
            return null;
        });
        assertThat(find("charlie")).extracting(TermMatch::id).containsExactly("a", "c");
        assertThat(find("alpha")).isEmpty();

        // a write transaction finds its own writes; when it fails, the searched and the unsearched ones are undone
        List<List<String>> seenInside = new ArrayList<>();
        try {
            store.write(s -> {
                s.putSearchEntries(List.of(entry("a", "delta"), entry("d", "delta")));
                seenInside.add(ids(s, "delta"));
                seenInside.add(ids(s, "charlie"));
                s.putSearchEntries(List.of(entry("b", "echo"), entry("e", "echo")));
                s.putSearchEntries(List.of(new SearchEntry(org, SearchSubject.MEMBER, "c", "", List.of())));
                seenInside.add(ids(s, "echo"));
                seenInside.add(ids(s, "charlie"));
                s.putSearchEntries(List.of(entry("f", "foxtrot")));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // undone
        }
        assertThat(seenInside).containsExactly(List.of("a", "d"), List.of("c"), List.of("b", "e"), List.of());
        assertThat(find("charlie")).extracting(TermMatch::id).containsExactly("a", "c");
        assertThat(find("bravo")).extracting(TermMatch::id).containsExactly("b");
        assertThat(find("delta")).isEmpty();
        assertThat(find("echo")).isEmpty();
        assertThat(find("foxtrot")).isEmpty();

        // a failed transaction that never searched: its queued writes are dropped, the earlier ones still applied
        store.write(s -> {
            s.putSearchEntries(List.of(entry("g", "golf")));
            return null;
        });
        try {
            store.write(s -> {
                s.putSearchEntries(List.of(entry("g", "hotel"), entry("h", "golf")));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // undone
        }
        assertThat(find("golf")).extracting(TermMatch::id).containsExactly("g");
        assertThat(find("hotel")).isEmpty();
    }

    @Test
    void lazyEntriesAreDerivedOnlyBySearchesInWriteOrderAndTakenBackByARollback() {
        newOrganization();
        AtomicInteger derived = new AtomicInteger();
        store.write(s -> {
            s.putLazySearchEntries(List.of(lazy("a", "alpha", derived), lazy("b", "bravo", derived)));
            s.putLazySearchEntries(List.of(lazy("a", "anna", derived)));
            return null;
        });
        assertThat(derived).hasValue(0); // the write path derived nothing

        assertThat(find("anna")).extracting(TermMatch::id).containsExactly("a");
        assertThat(find("alpha")).isEmpty(); // the later write of "a" won
        assertThat(derived).hasValue(3);
        assertThat(find("bravo")).extracting(TermMatch::id).containsExactly("b");
        assertThat(derived).hasValue(3); // each entry derived once

        try {
            store.write(s -> {
                s.putLazySearchEntries(List.of(lazy("b", "bella", derived)));
                assertThat(ids(s, "bella")).containsExactly("b");
                s.putLazySearchEntries(List.of(lazy("c", "carl", derived)));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // undone
        }
        assertThat(find("bella")).isEmpty();
        assertThat(find("carl")).isEmpty();
        assertThat(find("bravo")).extracting(TermMatch::id).containsExactly("b");
    }

    @Test
    void aLazyEntryWhoseDerivationFailsIsLeftOutAndTheSearchGoesOn() {
        newOrganization();
        store.write(s -> {
            s.putLazySearchEntries(List.of(
                    new LazySearchEntry(org, SearchSubject.MEMBER, "x", () -> {
                        throw new IllegalStateException("plug-in failed");
                    }),
                    lazy("y", "yankee", new AtomicInteger())));
            return null;
        });

        assertThat(find("yankee")).extracting(TermMatch::id).containsExactly("y");
        assertThat(find("x")).isEmpty();
    }

    private LazySearchEntry lazy(String id, String term, AtomicInteger derived) {
        return new LazySearchEntry(org, SearchSubject.MEMBER, id, () -> {
            derived.incrementAndGet();
            return entry(id, term);
        });
    }

    @Test
    void deferredWritesAreTakenBackNewestFirstOnly() {
        TermIndex index = new TermIndex();
        TermIndex.Deferred first = index.defer(entry("a", "alpha"));
        TermIndex.Deferred second = index.defer(entry("b", "alpha"));
        assertThatThrownBy(() -> index.undo(first)).isInstanceOf(IllegalStateException.class);
        index.undo(second);
        assertThat(index.size()).isEqualTo(1);
        index.undo(first);
        assertThat(index.size()).isZero();
    }
}
