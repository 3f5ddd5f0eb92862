package io.orgkit.core.internal.sync;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.sync.ChangeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans the department tree: the remote root is the local root; every other remote department is matched by
 * external id and created, renamed, moved or reordered; local departments the platform no longer lists are
 * removed. Paths are computed for the whole final tree, so every stored state stays a consistent tree.
 */
final class DepartmentPlanner {
    private final LocalState local;
    private final Plan plan;
    final Map<String, DepartmentId> idByExternalId = new HashMap<>();
    final Set<DepartmentId> removed = new HashSet<>();
    private final Set<DepartmentId> kept = new HashSet<>();
    private final Map<DepartmentId, String> externalIds = new HashMap<>();
    private final Map<DepartmentId, String> paths = new HashMap<>();

    DepartmentPlanner(LocalState local, Plan plan) {
        this.local = local;
        this.plan = plan;
    }

    void plan(RemoteTree tree) {
        Department root = local.root;
        paths.put(root.id(), root.path());
        if (tree.root() != null) {
            planRoot(tree.root());
        }
        for (RemoteDepartment d : tree.topDown()) {
            if (d.parentExternalId() != null) {
                planOne(d);
            }
        }
        planRemovals(tree);
    }

    private void planRoot(RemoteDepartment remote) {
        Department root = local.root;
        idByExternalId.put(remote.externalId(), root.id());
        kept.add(root.id());
        externalIds.put(root.id(), remote.externalId());
        String name = remote.name().strip();
        Department after = new Department(
                root.id(), root.orgId(), null, name, root.order(), root.path(), remote.externalId(), root.managerIds());
        List<ChangeKind> kinds = new ArrayList<>();
        if (!Objects.equals(root.externalId(), remote.externalId())) {
            kinds.add(ChangeKind.DEPARTMENT_UPDATED);
            plan.change(ChangeKind.DEPARTMENT_UPDATED, remote.externalId(), name, "root linked to the platform");
        }
        if (!root.name().equals(name)) {
            kinds.add(ChangeKind.DEPARTMENT_RENAMED);
            plan.change(ChangeKind.DEPARTMENT_RENAMED, remote.externalId(), name, "from '" + root.name() + "'");
        }
        if (!kinds.isEmpty()) {
            plan.departments.add(new Plan.DeptWrite(root, after, kinds));
        }
    }

    private void planOne(RemoteDepartment remote) {
        Department before = local.departmentsByExternalId.get(remote.externalId());
        if (before != null && before.isRoot()) {
            before = null;
        }
        DepartmentId id = before != null ? before.id() : DepartmentId.random();
        idByExternalId.put(remote.externalId(), id);
        kept.add(id);
        externalIds.put(id, remote.externalId());
        DepartmentId parent = idByExternalId.get(remote.parentExternalId());
        String path = Department.pathUnder(Objects.requireNonNull(paths.get(parent)), id);
        paths.put(id, path);
        String name = remote.name().strip();
        Department after = new Department(
                id,
                local.orgId(),
                parent,
                name,
                remote.order(),
                path,
                remote.externalId(),
                before != null ? before.managerIds() : List.of());
        List<ChangeKind> kinds = kinds(before, after, remote);
        if (before == null || !before.equals(after)) {
            plan.departments.add(new Plan.DeptWrite(before, after, kinds));
        }
    }

    private List<ChangeKind> kinds(
            @org.jspecify.annotations.Nullable Department before, Department after, RemoteDepartment remote) {
        String ext = remote.externalId();
        if (before == null) {
            plan.change(ChangeKind.DEPARTMENT_CREATED, ext, after.name(), "under " + remote.parentExternalId());
            return List.of(ChangeKind.DEPARTMENT_CREATED);
        }
        List<ChangeKind> kinds = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            kinds.add(ChangeKind.DEPARTMENT_RENAMED);
            plan.change(ChangeKind.DEPARTMENT_RENAMED, ext, after.name(), "from '" + before.name() + "'");
        }
        if (!Objects.equals(before.parentId(), after.parentId())) {
            kinds.add(ChangeKind.DEPARTMENT_MOVED);
            plan.change(
                    ChangeKind.DEPARTMENT_MOVED,
                    ext,
                    after.name(),
                    "parent: " + local.label(Objects.requireNonNull(before.parentId())) + " -> "
                            + remote.parentExternalId());
        } else if (before.order() != after.order()) {
            kinds.add(ChangeKind.DEPARTMENT_UPDATED);
            plan.change(
                    ChangeKind.DEPARTMENT_UPDATED,
                    ext,
                    after.name(),
                    "order: " + before.order() + " -> " + after.order());
        }
        return kinds;
    }

    /** Local departments the platform does not list: deepest first; their paths follow moved ancestors meanwhile. */
    private void planRemovals(RemoteTree tree) {
        List<Department> gone = local.departments.values().stream()
                .filter(d -> !d.isRoot() && !kept.contains(d.id()))
                .sorted(Comparator.comparingInt(Department::depth))
                .toList();
        gone.forEach(d -> removed.add(d.id()));
        for (Department d : gone) {
            String path = Department.pathUnder(Objects.requireNonNull(paths.get(d.parentId())), d.id());
            paths.put(d.id(), path);
            if (!path.equals(d.path())) {
                plan.departments.add(
                        new Plan.DeptWrite(d, d.withParent(Objects.requireNonNull(d.parentId()), path), List.of()));
            }
            plan.change(
                    ChangeKind.DEPARTMENT_REMOVED,
                    d.externalId() != null ? d.externalId() : d.id().value(),
                    d.name(),
                    tree.scoped() ? tree.goneDetail(d.externalId()) : "");
        }
        List<Department> deepestFirst = new ArrayList<>(gone);
        java.util.Collections.reverse(deepestFirst);
        plan.removals.addAll(deepestFirst);
    }

    /** The platform id of a department of the final tree (or of the local one), its local id when it has none. */
    String externalIdOf(DepartmentId id, LocalState state) {
        String ext = externalIds.get(id);
        return ext != null ? ext : state.label(id);
    }

    /** The department itself, or its nearest ancestor that stays. */
    DepartmentId surviving(DepartmentId id) {
        DepartmentId current = id;
        while (removed.contains(current)) {
            current = Objects.requireNonNull(
                    Objects.requireNonNull(local.departments.get(current)).parentId());
        }
        return current;
    }
}
