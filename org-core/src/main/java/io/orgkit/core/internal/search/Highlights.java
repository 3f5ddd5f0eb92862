package io.orgkit.core.internal.search;

import io.orgkit.core.members.Member;
import io.orgkit.core.search.Highlight;
import io.orgkit.core.search.HighlightField;
import io.orgkit.core.search.SearchTerm;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ranges a needle matches in the stored fields of a hit, found through its terms and mapped back to the
 * original characters (a pinyin match highlights the Chinese characters it spells; a digit match the digits
 * and the separators between them).
 */
public final class Highlights {
    private Highlights() {}

    /**
     * Highlights of {@code needle} in a member's fields: through core's own terms, and through the plug-ins'
     * name terms only when the name has no match of its own (plug-in terms cost more to derive).
     */
    public static List<Highlight> of(SearchTerms terms, Member m, Needle needle) {
        Function<HighlightField, @Nullable String> value = f -> switch (f) {
            case NAME -> m.name();
            case EMPLOYEE_ID -> m.employeeId();
            case PHONE -> m.phone();
            case EMAIL -> m.email();
        };
        List<FieldTerm> ownTerms = terms.ownTermsWith(m, needle.text());
        List<Highlight> own = of(ownTerms, needle, value);
        if (own.stream().anyMatch(h -> h.field() == HighlightField.NAME)) {
            return own;
        }
        List<FieldTerm> all = new ArrayList<>(ownTerms);
        all.addAll(terms.contributed(m.name()));
        return of(all, needle, value);
    }

    /** Highlights of {@code needle} in {@code terms}; {@code value} gives each field's stored text. */
    public static List<Highlight> of(
            List<FieldTerm> terms, Needle needle, Function<HighlightField, @Nullable String> value) {
        Set<Highlight> out = new LinkedHashSet<>();
        for (FieldTerm ft : terms) {
            String v = value.apply(ft.field());
            if (v == null || v.isEmpty()) {
                continue;
            }
            SearchTerm t = ft.term();
            int at = t.text().indexOf(needle.text());
            while (at >= 0 && (at == 0 || needle.anywhere())) {
                out.add(range(ft.field(), t, at, needle.text().length(), v));
                at = t.text().indexOf(needle.text(), at + 1);
            }
        }
        return merged(new ArrayList<>(out));
    }

    private static Highlight range(HighlightField field, SearchTerm t, int at, int length, String value) {
        int start = Math.min(t.originAt(at), value.length() - 1);
        int last = Math.min(t.originAt(at + length - 1), value.length() - 1);
        int end = Character.isHighSurrogate(value.charAt(last)) && last + 1 < value.length() ? last + 2 : last + 1;
        return new Highlight(field, start, Math.max(end, start + 1));
    }

    /** Overlapping ranges of one field joined; sorted by field, then start. */
    private static List<Highlight> merged(List<Highlight> ranges) {
        ranges.sort((a, b) -> a.field() != b.field()
                ? a.field().compareTo(b.field())
                : a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : ranges) {
            Highlight last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.field() == h.field() && h.start() < last.end()) {
                out.set(out.size() - 1, new Highlight(h.field(), last.start(), Math.max(last.end(), h.end())));
            } else {
                out.add(h);
            }
        }
        return out;
    }
}
