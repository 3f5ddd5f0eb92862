package io.orgkit.core.internal.io;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Department paths as files show them: names from below the root down, joined by {@code /} (e.g.
 * {@code R&D/Backend}); several paths in one cell are joined by {@code ;}. A {@code /}, {@code ;} or
 * {@code \} inside a name is escaped with {@code \}. The root itself is the empty path.
 */
final class DepartmentPaths {
    private final Map<DepartmentId, String> labels = new HashMap<>();
    /** Departments by the {@link #key} of their path. */
    private final Map<String, DepartmentId> byLabel = new HashMap<>();

    private final Map<String, String> labelByKey = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    DepartmentPaths(Collection<Department> departments) {
        Map<DepartmentId, Department> byId = new HashMap<>();
        departments.forEach(d -> byId.put(d.id(), d));
        for (Department d : departments) {
            String label = label(d, byId);
            String key = key(label);
            labelByKey.putIfAbsent(key, label);
            if (byLabel.putIfAbsent(key, d.id()) != null) {
                ambiguous.add(key);
            }
        }
    }

    private String label(Department d, Map<DepartmentId, Department> byId) {
        String known = labels.get(d.id());
        if (known != null) {
            return known;
        }
        Department parent = d.parentId() == null ? null : byId.get(d.parentId());
        String label;
        if (parent == null) {
            label = "";
        } else {
            String up = label(parent, byId);
            String name = escape(Text.normalize(d.name()));
            label = up.isEmpty() ? name : up + "/" + name;
        }
        labels.put(d.id(), label);
        return label;
    }

    /** The path shown for a department ("" for the root). */
    String label(DepartmentId id) {
        String l = labels.get(id);
        return l == null ? "" : l;
    }

    /**
     * The department at a canonical path, or null if none (or several) is there. Names compare as sibling names do
     * ({@link io.orgkit.core.internal.SiblingNames#key}): {@code sales/east} finds {@code Sales/East}.
     */
    @Nullable
    DepartmentId find(String canonical) {
        String key = key(canonical);
        return ambiguous.contains(key) ? null : byLabel.get(key);
    }

    boolean isAmbiguous(String canonical) {
        return ambiguous.contains(key(canonical));
    }

    /** Every path but the root's, sorted. */
    List<String> all() {
        return labelByKey.values().stream().filter(s -> !s.isEmpty()).sorted().toList();
    }

    /** A canonical path in the form paths are matched in: each name by {@code SiblingNames.key}. */
    static String key(String canonical) {
        if (canonical.isEmpty()) {
            return canonical;
        }
        List<List<String>> parsed = PathCell.parse(canonical);
        if (parsed.size() != 1) {
            return canonical;
        }
        List<String> names = new ArrayList<>();
        for (String n : parsed.get(0)) {
            names.add(io.orgkit.core.internal.SiblingNames.key(n));
        }
        return PathCell.canonical(names);
    }

    /** The cell of a member's departments, main first. */
    String cell(List<DepartmentId> ids) {
        if (ids.size() == 1) {
            return label(ids.get(0));
        }
        List<String> parts = new ArrayList<>(ids.size());
        for (DepartmentId id : ids) {
            parts.add(label(id));
        }
        return String.join("; ", parts);
    }

    static String escape(String name) {
        return name.replace("\\", "\\\\").replace("/", "\\/").replace(";", "\\;");
    }
}
