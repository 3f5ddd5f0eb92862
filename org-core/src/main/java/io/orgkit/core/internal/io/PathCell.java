package io.orgkit.core.internal.io;

import io.orgkit.core.internal.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Parses a department cell into canonical paths, each a list of unescaped names (see {@link DepartmentPaths}). */
final class PathCell {
    private PathCell() {}

    /** The paths in the cell, each as its names; an empty cell gives no paths. */
    static List<List<String>> parse(String cell) {
        List<List<String>> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                name.append(cell.charAt(++i));
            } else if (c == '/') {
                names.add(Text.normalize(name.toString()));
                name.setLength(0);
            } else if (c == ';' || c == '；') {
                endPath(paths, names, name);
                names = new ArrayList<>();
            } else {
                name.append(c);
            }
        }
        endPath(paths, names, name);
        return paths;
    }

    private static void endPath(List<List<String>> paths, List<String> names, StringBuilder name) {
        names.add(Text.normalize(name.toString()));
        name.setLength(0);
        if (!(names.size() == 1 && names.get(0).isEmpty())) {
            paths.add(List.copyOf(names));
        }
    }

    /** The canonical text of a path (names escaped, joined by /). */
    static String canonical(List<String> names) {
        List<String> escaped = new ArrayList<>(names.size());
        for (String n : names) {
            escaped.add(DepartmentPaths.escape(n));
        }
        return String.join("/", escaped);
    }

    /** Canonical texts of the cell's paths, each once, in order. */
    static List<String> canonicalPaths(String cell) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (List<String> p : parse(cell)) {
            out.add(canonical(p));
        }
        return List.copyOf(out);
    }
}
