package io.orgkit.core.internal;

import io.orgkit.core.ConflictException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.StoreSession;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The department tree's rules, used by the API, import and sync alike. They do not check whether the
 * organization is read-only (callers do); every refusal happens before the first write.
 */
public final class DepartmentOps {
    private DepartmentOps() {}

    public static Department createRoot(Tx tx, OrgId org, String name) {
        DepartmentId id = Guard.rootId(org);
        Department root = new Department(id, org, null, name, 0, Department.pathUnder("", id), null, List.of());
        tx.session().insertDepartment(root);
        tx.search().department(root);
        return root;
    }

    public static Department create(Tx tx, OrgId org, DepartmentId parentId, String name, @Nullable String externalId) {
        String n = Rules.requireName("name", name);
        StoreSession s = tx.session();
        Department parent = Guard.department(s, org, parentId);
        if (parent.depth() + 1 > Rules.MAX_DEPTH) {
            throw ValidationException.of("parent", "departments nest at most " + Rules.MAX_DEPTH + " levels deep");
        }
        SiblingNames.check(s, org, parent, n, null);
        DepartmentId id = DepartmentId.random();
        Department d = new Department(
                id,
                org,
                parentId,
                n,
                nextOrder(s, org, parentId),
                Department.pathUnder(parent.path(), id),
                externalId,
                List.of());
        s.insertDepartment(d);
        tx.search().department(d);
        tx.emit(new OrgEvent.DepartmentCreated(org, tx.now(), id, parentId, n));
        return d;
    }

    public static Department rename(Tx tx, OrgId org, DepartmentId id, String name) {
        String n = Rules.requireName("name", name);
        Department d = Guard.department(tx.session(), org, id);
        if (d.name().equals(n)) {
            return d;
        }
        if (d.parentId() != null) {
            SiblingNames.check(tx.session(), org, Guard.department(tx.session(), org, d.parentId()), n, id);
        }
        Department renamed = d.withName(n);
        tx.session().updateDepartment(renamed);
        tx.search().department(renamed);
        tx.emit(new OrgEvent.DepartmentRenamed(org, tx.now(), id, n));
        return renamed;
    }

    /** Moves a department and its subtree; refuses the root, a cycle, and a tree too deep. */
    public static Department move(Tx tx, OrgId org, DepartmentId id, DepartmentId newParentId) {
        StoreSession s = tx.session();
        Department d = Guard.department(s, org, id);
        Department parent = Guard.department(s, org, newParentId);
        if (d.isRoot()) {
            throw new ConflictException("the root department cannot be moved");
        }
        if (parent.path().startsWith(d.path())) {
            throw new ConflictException("cannot move department '" + d.name() + "' under '" + parent.name()
                    + "': the target is the department itself or inside its own subtree");
        }
        if (newParentId.equals(d.parentId())) {
            return d;
        }
        SiblingNames.check(s, org, parent, d.name(), id);
        int subtreeHeight = s.subtree(org, d.path()).stream()
                        .mapToInt(Department::depth)
                        .max()
                        .orElse(d.depth())
                - d.depth();
        if (parent.depth() + 1 + subtreeHeight > Rules.MAX_DEPTH) {
            throw ValidationException.of(
                    "parent", "the move would nest departments deeper than " + Rules.MAX_DEPTH + " levels");
        }
        String newPath = Department.pathUnder(parent.path(), id);
        Department moved = new Department(
                id,
                org,
                newParentId,
                d.name(),
                nextOrder(s, org, newParentId),
                newPath,
                d.externalId(),
                d.managerIds());
        s.updateDepartment(moved);
        s.replacePathPrefix(org, d.path(), newPath);
        tx.emit(new OrgEvent.DepartmentMoved(org, tx.now(), id, newParentId));
        return moved;
    }

    /** Deletes a department without children or active members; its resigned members' links move to its parent. */
    public static void delete(Tx tx, OrgId org, DepartmentId id) {
        StoreSession s = tx.session();
        Department d = Guard.department(s, org, id);
        if (d.isRoot()) {
            throw new ConflictException("the root department cannot be deleted");
        }
        if (!s.children(org, id).isEmpty()) {
            throw new ConflictException("department '" + d.name() + "' still has sub-departments; move or delete them"
                    + " first (or merge it into another department)");
        }
        List<Member> linked = s.membersInDepartments(org, List.of(id), true);
        long active = linked.stream().filter(Member::isActive).count();
        if (active > 0) {
            throw new ConflictException("department '" + d.name() + "' still has " + active + " active member(s);"
                    + " move them to another department first (or merge it into another department)");
        }
        for (Member m : linked) {
            s.updateMember(MemberOps.relink(m, Set.of(id), d.parentId()));
        }
        s.deleteDepartment(org, id);
        tx.search().departmentDeleted(org, id);
        tx.emit(new OrgEvent.DepartmentDeleted(org, tx.now(), id));
    }

    /** Merges sources into the target: children and members move to the target, then the sources go. */
    public static Department merge(Tx tx, OrgId org, List<DepartmentId> sourceIds, DepartmentId targetId) {
        StoreSession s = tx.session();
        Department target = Guard.department(s, org, targetId);
        Set<DepartmentId> sources = new LinkedHashSet<>(sourceIds);
        if (sources.isEmpty()) {
            throw ValidationException.of("sources", "name at least one department to merge");
        }
        List<Department> resolved = new ArrayList<>();
        for (DepartmentId sid : sources) {
            Department src = Guard.department(s, org, sid);
            if (sid.equals(targetId)) {
                throw new ConflictException("cannot merge department '" + src.name() + "' into itself");
            }
            if (src.isRoot()) {
                throw new ConflictException("the root department cannot be merged into another department");
            }
            if (target.path().startsWith(src.path())) {
                throw new ConflictException("cannot merge '" + src.name() + "' into '" + target.name()
                        + "': the target lies inside the department being merged");
            }
            resolved.add(src);
        }
        for (Department src : resolved) {
            for (Department child : s.children(org, src.id())) {
                if (!sources.contains(child.id())) {
                    move(tx, org, child.id(), targetId);
                }
            }
        }
        for (Member m : s.membersInDepartments(org, sources, true)) {
            s.updateMember(MemberOps.relink(m, sources, targetId));
        }
        resolved.sort(java.util.Comparator.comparingInt(Department::depth).reversed());
        for (Department src : resolved) {
            s.deleteDepartment(org, src.id());
            tx.search().departmentDeleted(org, src.id());
        }
        tx.emit(new OrgEvent.DepartmentsMerged(org, tx.now(), List.copyOf(sources), targetId));
        return Guard.department(s, org, targetId);
    }

    private static long nextOrder(StoreSession s, OrgId org, DepartmentId parent) {
        return s.children(org, parent).stream()
                        .mapToLong(Department::order)
                        .max()
                        .orElse(0)
                + 1;
    }
}
