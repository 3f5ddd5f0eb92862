package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Quote;
import io.orgkit.core.io.MemberColumn;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where each known column sits in a file, found from its header row (English or Chinese, any order). */
final class HeaderMap {
    private static final Map<String, MemberColumn> NAMES = names();

    private final List<String> header;
    private final EnumMap<MemberColumn, Integer> index = new EnumMap<>(MemberColumn.class);

    private HeaderMap(List<String> header) {
        this.header = header;
    }

    /** Reads the header row; refuses one without a Name column or with a column given twice. */
    static HeaderMap of(List<String> header) {
        HeaderMap map = new HeaderMap(List.copyOf(header));
        for (int i = 0; i < header.size(); i++) {
            MemberColumn c = recognise(header.get(i));
            if (c == null || c == MemberColumn.STATUS || c == MemberColumn.PLATFORM_ACCOUNT) {
                continue;
            }
            Integer before = map.index.putIfAbsent(c, i);
            if (before != null) {
                throw ValidationException.of(
                        "file",
                        "the header names the " + c.header(io.orgkit.core.io.HeaderLanguage.ENGLISH) + " column twice ("
                                + Quote.of(header.get(before))
                                + " and "
                                + Quote.of(header.get(i)) + "); keep one of them");
            }
        }
        if (!map.index.containsKey(MemberColumn.NAME)) {
            throw ValidationException.of(
                    "file",
                    "the first row is not a member header: no Name (姓名) column found"
                            + " in " + Quote.of(String.join(", ", header))
                            + "; download the template and keep its header row"
                            + " (Name/姓名, Employee ID/工号,"
                            + " Phone/手机, Email/邮箱, Position/职位, Department/部门)");
        }
        return map;
    }

    static @Nullable MemberColumn recognise(String header) {
        String n = normalize(header);
        MemberColumn c = NAMES.get(n);
        if (c != null || n.indexOf('/') < 0) {
            return c;
        }
        for (String part : n.split("/")) {
            c = NAMES.get(normalize(part));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static String normalize(String header) {
        String h = header.strip()
                .toLowerCase(Locale.ROOT)
                .replace("(required)", "")
                .replace("（必填）", "")
                .replace("(必填)", "")
                .replace("*", "");
        return h.replaceAll("[\\s_]+", " ").strip();
    }

    private static Map<String, MemberColumn> names() {
        Map<String, MemberColumn> m = new HashMap<>();
        for (MemberColumn c : MemberColumn.values()) {
            m.put(normalize(c.header(io.orgkit.core.io.HeaderLanguage.ENGLISH)), c);
            m.put(normalize(c.header(io.orgkit.core.io.HeaderLanguage.CHINESE)), c);
            c.aliases().forEach(a -> m.put(normalize(a), c));
        }
        return Map.copyOf(m);
    }

    boolean has(MemberColumn c) {
        return index.containsKey(c);
    }

    /** The column's index, -1 if the file lacks it. */
    int indexOf(MemberColumn c) {
        return index.getOrDefault(c, -1);
    }

    /** The header text of a column as the file writes it. */
    String label(MemberColumn c) {
        Integer i = index.get(c);
        return i == null ? c.header(io.orgkit.core.io.HeaderLanguage.ENGLISH) : Quote.cut(header.get(i));
    }

    List<String> header() {
        return header;
    }
}
