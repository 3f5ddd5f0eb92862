package io.orgkit.core.internal.io;

import io.orgkit.core.internal.Quote;
import io.orgkit.core.internal.Rules;
import io.orgkit.core.internal.Text;
import io.orgkit.core.io.MemberColumn;
import io.orgkit.core.io.RowError;
import io.orgkit.core.io.SourceRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Resolves a row's department cell against the tree; collects the paths to create when that is allowed. */
final class DepartmentCheck {
    private final DepartmentPaths tree;
    private final HeaderMap header;
    private final boolean createMissing;
    private final Set<String> toCreate = new LinkedHashSet<>();
    /** The {@link DepartmentPaths#key}s of {@link #toCreate}: {@code Sales} and {@code sales} are created once. */
    private final Set<String> toCreateKeys = new java.util.HashSet<>();

    private static final int REMEMBERED = 10_000;
    private static final int REMEMBERED_LENGTH = 256;
    private final java.util.Map<String, List<String>> byCell = new java.util.HashMap<>();

    DepartmentCheck(DepartmentPaths tree, HeaderMap header, boolean createMissing) {
        this.tree = tree;
        this.header = header;
        this.createMissing = createMissing;
    }

    /**
     * The row's canonical paths (main first), adding a problem per path that cannot be used. A cell without problems
     * is remembered (up to {@value #REMEMBERED} distinct cells of at most {@value #REMEMBERED_LENGTH} characters:
     * most files use a few department cells many times);
     * checking it again would give the same paths and add nothing to create.
     */
    List<String> check(SourceRow row, List<RowError> errors) {
        int i = header.indexOf(MemberColumn.DEPARTMENT);
        if (i < 0) {
            return List.of();
        }
        String cell = row.cell(i);
        List<String> known = byCell.get(cell);
        if (known != null) {
            return known;
        }
        int before = errors.size();
        List<String> out = new ArrayList<>();
        for (List<String> names : PathCell.parse(cell)) {
            String path = PathCell.canonical(names);
            String problem = problem(path, names);
            if (problem == null) {
                out.add(path);
            } else {
                errors.add(new RowError(row.number(), header.label(MemberColumn.DEPARTMENT), problem));
            }
        }
        if (errors.size() == before && byCell.size() < REMEMBERED && cell.length() <= REMEMBERED_LENGTH) {
            out = List.copyOf(out);
            byCell.put(cell, out);
        }
        return out;
    }

    private @org.jspecify.annotations.Nullable String problem(String path, List<String> names) {
        if (tree.find(path) != null) {
            return null;
        }
        if (tree.isAmbiguous(path)) {
            return Quote.of(path) + " names several departments with the same name under one parent; rename one of"
                    + " them, then import again";
        }
        if (!createMissing) {
            return "department " + Quote.of(path)
                    + " does not exist; pick one from the template's list, create it first, or"
                    + " import with createMissingDepartments";
        }
        if (names.size() > Rules.MAX_DEPTH) {
            return Quote.of(path) + " nests deeper than " + Rules.MAX_DEPTH + " levels";
        }
        for (String n : names) {
            if (n.isEmpty() || Text.length(n) > Rules.MAX_NAME || Text.problem(n) != null) {
                return "'" + path + "' has an empty, too long (over " + Rules.MAX_NAME + " characters) or invalid"
                        + " department name; write the path as Parent/Child";
            }
        }
        for (int k = 1; k <= names.size(); k++) {
            String prefix = PathCell.canonical(names.subList(0, k));
            if (tree.find(prefix) == null && toCreateKeys.add(DepartmentPaths.key(prefix))) {
                toCreate.add(prefix);
            }
        }
        return null;
    }

    /** Reading is over: forgets the remembered cells. */
    void doneReading() {
        byCell.clear();
    }

    /** Paths to create, in the order first seen (parents before children). */
    Set<String> toCreate() {
        return toCreate;
    }
}
