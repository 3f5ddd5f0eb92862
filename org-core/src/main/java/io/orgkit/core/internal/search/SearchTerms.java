package io.orgkit.core.internal.search;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.search.HighlightField;
import io.orgkit.core.search.SearchTerm;
import io.orgkit.core.search.SearchTermContributor;
import io.orgkit.core.search.SearchText;
import io.orgkit.core.store.IndexedTerm;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.SearchSubject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one owner of what is searchable: derives the terms of a member or department once per write (name, its
 * words and plug-in terms; employee ID; phone digits with and without country code; email and its parts).
 * Resigned members have no terms. Highlights re-derive the terms of the few hits shown.
 */
public final class SearchTerms {
    /** Version of the derivation rules; part of the {@link #fingerprint()}. */
    private static final String RULES = "terms-1";

    private static final int MAX_TERMS = 160;

    private final List<SearchTermContributor> contributors;

    public SearchTerms(List<SearchTermContributor> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    /** Names the rules and plug-ins terms come from; an organization indexed under another one is re-indexed. */
    public String fingerprint() {
        return RULES
                + contributors.stream()
                        .map(SearchTermContributor::name)
                        .sorted()
                        .collect(Collectors.joining(",", "[", "]"));
    }

    /** The store entry of {@code m}: its terms, none when resigned. */
    public SearchEntry derive(Member m) {
        return new SearchEntry(
                m.orgId(), SearchSubject.MEMBER, m.id().value(), m.name(), m.isActive() ? texts(m) : List.of());
    }

    /**
     * What {@code indexed(terms(m))} gives, derived as texts only: core's own terms without the origin of each
     * character (a write stores texts; only highlights need origins), the plug-ins' terms as they come.
     */
    private List<IndexedTerm> texts(Member m) {
        Texts out = new Texts();
        out.wordsOf(SearchText.fold(m.name()));
        if (m.employeeId() != null) {
            out.wordsOf(SearchText.fold(m.employeeId()));
        }
        if (m.phone() != null) {
            PhoneDigits.texts(m.phone()).forEach(t -> out.add(t, true));
        }
        if (m.email() != null) {
            out.wordsOf(SearchText.fold(m.email()));
        }
        out.startList(); // the plug-ins' terms are capped on their own, as in contributed()
        for (SearchTermContributor c : contributors) {
            c.termsFor(m.name().strip()).stream()
                    .limit(SearchTermContributor.MAX_TERMS)
                    .forEach(t -> out.add(t.text(), t.whole()));
        }
        return out.indexed();
    }

    /**
     * Term texts as {@link #add} and {@link #indexed} keep them: at most 160 added per list, distinct, whole if any
     * of a text's terms is.
     */
    private static final class Texts {
        private final Map<String, Boolean> texts = new LinkedHashMap<>();
        private int added;

        /** Starts a list of terms with a cap of its own. */
        void startList() {
            added = 0;
        }

        void add(String text, boolean whole) {
            if (added < MAX_TERMS) {
                added++;
                texts.merge(text, whole, Boolean::logicalOr);
            }
        }

        /** A field's whole search form and its words (as {@link Words#of}); nothing when it is empty. */
        void wordsOf(String whole) {
            if (whole.isEmpty()) {
                return;
            }
            add(whole, true);
            for (int i = 1; i < whole.length(); i++) {
                if (Words.isSeparator(whole.charAt(i - 1)) && !Words.isSeparator(whole.charAt(i))) {
                    add(whole.substring(i), false);
                }
            }
        }

        List<IndexedTerm> indexed() {
            List<IndexedTerm> out = new ArrayList<>(texts.size());
            texts.forEach((text, whole) -> out.add(new IndexedTerm(text, whole)));
            return out;
        }
    }

    /** The store entry of {@code d}: the terms of its name. */
    public SearchEntry derive(Department d) {
        return new SearchEntry(d.orgId(), SearchSubject.DEPARTMENT, d.id().value(), d.name(), indexed(terms(d)));
    }

    /** Every term of an active member, with its field. */
    public List<FieldTerm> terms(Member m) {
        List<FieldTerm> out = new ArrayList<>(ownTerms(m));
        out.addAll(contributed(m.name()));
        return out;
    }

    /** The terms of a member that core derives itself (no plug-in terms): cheap, for highlights. */
    public List<FieldTerm> ownTerms(Member m) {
        List<FieldTerm> out = new ArrayList<>(ownNameTerms(m.name()));
        if (m.employeeId() != null) {
            wordTerms(m.employeeId()).forEach(t -> add(out, HighlightField.EMPLOYEE_ID, t));
        }
        if (m.phone() != null) {
            PhoneDigits.terms(m.phone()).forEach(t -> add(out, HighlightField.PHONE, t));
        }
        if (m.email() != null) {
            wordTerms(m.email()).forEach(t -> add(out, HighlightField.EMAIL, t));
        }
        return out;
    }

    /**
     * The terms of {@link #ownTerms} that contain {@code text}, and maybe others: only the fields whose search form
     * contains it are cut into words (each of a field's terms is a part of its search form, a phone number's of
     * its digits), so highlights of a hit derive little. A member has fewer own terms than the cap of 160, so none
     * is left out that {@link #ownTerms} keeps.
     */
    public List<FieldTerm> ownTermsWith(Member m, String text) {
        List<FieldTerm> out = new ArrayList<>();
        fieldTermsWith(out, HighlightField.NAME, m.name(), text);
        if (m.employeeId() != null) {
            fieldTermsWith(out, HighlightField.EMPLOYEE_ID, m.employeeId(), text);
        }
        if (m.phone() != null) {
            List<SearchTerm> digits = PhoneDigits.terms(m.phone());
            if (!digits.isEmpty() && digits.get(0).text().contains(text)) {
                digits.forEach(t -> add(out, HighlightField.PHONE, t));
            }
        }
        if (m.email() != null) {
            fieldTermsWith(out, HighlightField.EMAIL, m.email(), text);
        }
        return out;
    }

    /** A field's whole term and its words, when the whole contains {@code text}. */
    private static void fieldTermsWith(List<FieldTerm> out, HighlightField field, String value, String text) {
        SearchTerm whole = SearchText.term(value, true);
        if (whole != null && whole.text().contains(text)) {
            add(out, field, whole);
            Words.of(whole).forEach(w -> add(out, field, w));
        }
    }

    /** The terms of a department's name. */
    public List<FieldTerm> terms(Department d) {
        List<FieldTerm> out = new ArrayList<>(ownNameTerms(d.name()));
        out.addAll(contributed(d.name()));
        return out;
    }

    private static List<FieldTerm> ownNameTerms(String name) {
        List<FieldTerm> out = new ArrayList<>();
        SearchTerm whole = SearchText.term(name, true);
        add(out, HighlightField.NAME, whole);
        if (whole != null) {
            Words.of(whole).forEach(w -> add(out, HighlightField.NAME, w));
        }
        return out;
    }

    /** The plug-ins' terms of a name. */
    public List<FieldTerm> contributed(String name) {
        List<FieldTerm> out = new ArrayList<>();
        for (SearchTermContributor c : contributors) {
            c.termsFor(name.strip()).stream()
                    .limit(SearchTermContributor.MAX_TERMS)
                    .forEach(t -> add(out, HighlightField.NAME, t));
        }
        return out;
    }

    /** The whole value and its words (after separators). */
    private static List<SearchTerm> wordTerms(String value) {
        SearchTerm whole = SearchText.term(value, true);
        if (whole == null) {
            return List.of();
        }
        List<SearchTerm> out = new ArrayList<>(List.of(whole));
        out.addAll(Words.of(whole));
        return out;
    }

    private static void add(List<FieldTerm> out, HighlightField field, @Nullable SearchTerm term) {
        if (term != null && out.size() < MAX_TERMS) {
            out.add(new FieldTerm(field, term));
        }
    }

    /** Distinct term texts; a text is whole when any of its terms is. */
    static List<IndexedTerm> indexed(List<FieldTerm> terms) {
        Map<String, Boolean> texts = new LinkedHashMap<>();
        for (FieldTerm t : terms) {
            texts.merge(t.term().text(), t.term().whole(), Boolean::logicalOr);
        }
        List<IndexedTerm> out = new ArrayList<>(texts.size());
        texts.forEach((text, whole) -> out.add(new IndexedTerm(text, whole)));
        return out;
    }
}
