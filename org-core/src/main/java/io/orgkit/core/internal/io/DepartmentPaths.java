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
    private final Map<String, DepartmentId> byLabel = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    DepartmentPaths(Collection<Department> departments) {
        Map<DepartmentId, Department> byId = new HashMap<>();
        departments.forEach(d -> byId.put(d.id(), d));
        for (Department d : departments) {
            String label = label(d, byId);
            if (byLabel.putIfAbsent(label, d.id()) != null) {
                ambiguous.add(label);
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

    /** The department at a canonical path, or null if none (or several) is there. */
    @Nullable
    DepartmentId find(String canonical) {
        return ambiguous.contains(canonical) ? null : byLabel.get(canonical);
    }

    boolean isAmbiguous(String canonical) {
        return ambiguous.contains(canonical);
    }

    /** Every path but the root's, sorted. */
    List<String> all() {
        return byLabel.keySet().stream().filter(s -> !s.isEmpty()).sorted().toList();
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
