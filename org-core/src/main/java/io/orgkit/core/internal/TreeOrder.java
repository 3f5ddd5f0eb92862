package io.orgkit.core.internal;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Puts departments in tree order: depth first, a parent right before its children, siblings in their order. */
public final class TreeOrder {
    private static final Comparator<Department> SIBLINGS = Comparator.comparingLong(Department::order)
            .thenComparing(Department::name)
            .thenComparing(d -> d.id().value());

    private TreeOrder() {}

    public static List<Department> of(List<Department> departments) {
        Set<DepartmentId> present = new HashSet<>();
        departments.forEach(d -> present.add(d.id()));
        Map<DepartmentId, List<Department>> children = new HashMap<>();
        List<Department> tops = new ArrayList<>();
        for (Department d : departments) {
            if (d.parentId() != null && present.contains(d.parentId())) {
                children.computeIfAbsent(d.parentId(), k -> new ArrayList<>()).add(d);
            } else {
                tops.add(d);
            }
        }
        List<Department> out = new ArrayList<>(departments.size());
        Deque<Department> stack = new ArrayDeque<>();
        pushSorted(stack, tops);
        while (!stack.isEmpty()) {
            Department d = stack.pop();
            out.add(d);
            pushSorted(stack, children.getOrDefault(d.id(), List.of()));
        }
        return out;
    }

    private static void pushSorted(Deque<Department> stack, List<Department> siblings) {
        List<Department> sorted = new ArrayList<>(siblings);
        sorted.sort(SIBLINGS.reversed());
        sorted.forEach(stack::push);
    }
}
