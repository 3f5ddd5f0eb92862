package io.orgkit.core.internal.sync;

import io.orgkit.core.ProviderException;
import io.orgkit.core.internal.Rules;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A checked remote directory: one root, every parent present, no cycle, not too deep, every member's
 * departments present. Departments come in breadth-first order (parents before children).
 */
record RemoteTree(
        @Nullable RemoteDepartment root,
        List<RemoteDepartment> topDown,
        Map<String, RemoteMember> members,
        java.util.Set<String> outside,
        boolean scoped) {

    static RemoteTree check(RemoteSnapshot s, String providerType) {
        return check(s, providerType, java.util.Set.of(), false);
    }

    /**
     * Checks a picture; {@code scoped} when a sync scope kept it, {@code outside} the platform ids the scope left out
     * of what was delivered.
     */
    static RemoteTree check(RemoteSnapshot s, String providerType, java.util.Set<String> outside, boolean scoped) {
        List<String> problems = new ArrayList<>(s.problems);
        RemoteDepartment root = findRoot(s, problems);
        List<RemoteDepartment> order = root == null ? List.of() : topDown(s, root, problems);
        if (root != null && order.size() < s.departments.size()) {
            problems.add((s.departments.size() - order.size()) + " department(s) are not reachable from the root"
                    + " (a parent is missing or the parents form a cycle)");
        }
        checkNames(order, problems);
        checkMembers(s, problems);
        if (!problems.isEmpty()) {
            throw invalid(providerType, problems);
        }
        return new RemoteTree(root, order, s.members, outside, scoped);
    }

    private static void checkNames(List<RemoteDepartment> departments, List<String> problems) {
        for (RemoteDepartment d : departments) {
            Rules r = Rules.check();
            r.name("name", d.name());
            r.errors()
                    .forEach(
                            e -> problems.add("department " + d.externalId() + " has an invalid name: " + e.message()));
        }
    }

    private static void checkMembers(RemoteSnapshot s, List<String> problems) {
        for (RemoteMember m : s.members.values()) {
            for (String d : m.departmentExternalIds()) {
                if (!s.departments.containsKey(d)) {
                    problems.add("member " + m.externalId() + " is in department " + d + ", which the platform did"
                            + " not list");
                }
            }
        }
    }

    private static @Nullable RemoteDepartment findRoot(RemoteSnapshot s, List<String> problems) {
        List<RemoteDepartment> roots = s.departments.values().stream()
                .filter(d -> d.parentExternalId() == null)
                .toList();
        if (roots.size() > 1) {
            problems.add("the platform listed " + roots.size() + " root departments "
                    + roots.stream().map(RemoteDepartment::externalId).limit(5).toList() + "; there must be one");
        } else if (roots.isEmpty() && (!s.departments.isEmpty() || !s.members.isEmpty())) {
            problems.add("the platform listed no root department (one without a parent)");
        }
        return roots.size() == 1 ? roots.get(0) : null;
    }

    private static List<RemoteDepartment> topDown(RemoteSnapshot s, RemoteDepartment root, List<String> problems) {
        Map<String, List<RemoteDepartment>> children = new HashMap<>();
        for (RemoteDepartment d : s.departments.values()) {
            if (d.parentExternalId() != null) {
                children.computeIfAbsent(d.parentExternalId(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        List<RemoteDepartment> order = new ArrayList<>();
        Deque<RemoteDepartment> queue = new ArrayDeque<>(List.of(root));
        Map<String, Integer> depth = new HashMap<>(Map.of(root.externalId(), 0));
        while (!queue.isEmpty()) {
            RemoteDepartment d = queue.poll();
            order.add(d);
            int childDepth = java.util.Objects.requireNonNull(depth.get(d.externalId())) + 1;
            for (RemoteDepartment c : children.getOrDefault(d.externalId(), List.of())) {
                if (childDepth > Rules.MAX_DEPTH) {
                    problems.add("department " + c.externalId() + " nests deeper than " + Rules.MAX_DEPTH + " levels");
                    continue;
                }
                depth.put(c.externalId(), childDepth);
                queue.add(c);
            }
        }
        return order;
    }

    /** Why a local member or department that this picture lacks leaves. */
    String goneDetail(@Nullable String externalId) {
        if (externalId != null && outside.contains(externalId)) {
            return "outside the sync scope";
        }
        return scoped ? "gone from the platform or from the sync scope" : "gone from the platform";
    }

    static ProviderException invalid(String providerType, List<String> problems) {
        String shown = String.join("; ", problems.subList(0, Math.min(10, problems.size())));
        return new ProviderException(
                providerType,
                "invalid-directory",
                "the " + providerType + " directory is not a"
                        + " consistent tree, so nothing was synced: " + shown
                        + (problems.size() > 10 ? "; and " + (problems.size() - 10) + " more" : "")
                        + ". Check the directory on the platform, then sync again");
    }
}
