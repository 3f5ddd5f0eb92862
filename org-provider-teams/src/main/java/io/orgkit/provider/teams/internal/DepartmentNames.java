package io.orgkit.provider.teams.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.spi.RemoteDepartment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@code DEPARTMENT_FIELD} mapping: departments derived from the users' {@code companyName} and
 * {@code department} strings. A name is compared normalised (trimmed, inner white space collapsed to one space,
 * lower-cased), so "Sales" and " sales " are one department. External ids are stable functions of the normalised
 * names: {@code company-} + the first 24 hex digits of SHA-256("company" U+001F company), and {@code dept-} + the
 * first 24 hex digits of SHA-256("department" U+001F company U+001F department) (company empty when the user has
 * none). The root's external id is the tenant id. Of several spellings of one name, the one first in code-point
 * order is shown. Every department's order is 0, so core lists siblings by name, and a delta (which knows one
 * user's departments only) upserts them with the same order as a full sync.
 */
final class DepartmentNames {
    private static final char SEPARATOR = '\u001f';
    private static final int MAX_NAME = 100;

    private final String rootId;
    private final String rootName;
    private final Map<String, Entry> departments = new LinkedHashMap<>();

    private record Entry(String id, @Nullable String parentId, String name, boolean company) {}

    DepartmentNames(String rootId, String rootName) {
        this.rootId = rootId;
        this.rootName = rootName;
    }

    /** The external id of the department a user belongs to, noting the departments on the way. */
    String place(JsonNode user) {
        String company = text(user, "companyName");
        String department = text(user, "department");
        String parent = rootId;
        if (company != null) {
            parent = note(companyId(company), rootId, company, true);
        }
        if (department != null) {
            return note(departmentId(company, department), parent, department, false);
        }
        return parent;
    }

    private String note(String id, String parentId, String name, boolean company) {
        String shown = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        departments.merge(
                id, new Entry(id, parentId, shown, company), (a, b) -> a.name().compareTo(b.name()) <= 0 ? a : b);
        return id;
    }

    /** The departments noted, with the root: the root first, then companies, then departments (parents first). */
    List<RemoteDepartment> departments() {
        List<RemoteDepartment> out = new ArrayList<>();
        out.add(new RemoteDepartment(rootId, null, rootName, 0, List.of()));
        Map<String, List<Entry>> byParent = new TreeMap<>();
        departments
                .values()
                .forEach(e -> byParent.computeIfAbsent((e.company() ? "0" : "1") + e.parentId(), k -> new ArrayList<>())
                        .add(e));
        for (List<Entry> siblings : byParent.values()) {
            siblings.sort(Comparator.comparing((Entry e) -> e.name().toLowerCase(Locale.ROOT))
                    .thenComparing(Entry::name));
            for (Entry e : siblings) {
                out.add(new RemoteDepartment(e.id(), e.parentId(), e.name(), 0, List.of()));
            }
        }
        return out;
    }

    /** Only the departments on the way to {@link #place}'s result for one user (for a delta). */
    List<RemoteDepartment> noted() {
        return departments.values().stream()
                .sorted(Comparator.comparing(e -> !e.company()))
                .map(e -> new RemoteDepartment(e.id(), e.parentId(), e.name(), 0, List.of()))
                .toList();
    }

    static String companyId(String company) {
        return "company-" + hash("company" + SEPARATOR + normal(company));
    }

    static String departmentId(@Nullable String company, String department) {
        return "dept-"
                + hash("department" + SEPARATOR + (company == null ? "" : normal(company)) + SEPARATOR
                        + normal(department));
    }

    static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String hash(String key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static @Nullable String text(JsonNode node, String field) {
        return text(node.path(field));
    }

    static @Nullable String text(JsonNode node, int index) {
        return text(node.path(index));
    }

    private static @Nullable String text(JsonNode v) {
        if (!v.isTextual() || v.asText().isBlank()) {
            return null;
        }
        return v.asText().strip().replaceAll("\\s+", " ");
    }
}
