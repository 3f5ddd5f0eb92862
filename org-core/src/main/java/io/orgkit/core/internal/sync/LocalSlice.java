package io.orgkit.core.internal.sync;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.internal.members.MemberKeys;
import io.orgkit.core.internal.members.MemberRules;
import io.orgkit.core.internal.members.RemoteMembers;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.store.UniqueKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the part of the local organization a batch of changes touches, with indexed lookups only (never every
 * member or every department), so a change round costs in proportion to its changes, not to the organization:
 *
 * <ul>
 *   <li>the root department, and every department a change names (its own id, its parent, a member's departments),
 *       each with its ancestors up to the root (so the slice is a tree, and the sync scope can be judged);
 *   <li>the members a change names, each with its current departments;
 *   <li>for a department removed, or given another parent (it may move, or leave the scope): its whole subtree
 *       and the members linked to it, whose links move or who leave with it;
 *   <li>for reference only: the department managers of the slice and the ones a change names, and the members
 *       holding an employee ID, phone or email an upserted member would take (uniqueness clashes stay per-item
 *       failures, worded as on every path).
 * </ul>
 *
 * The planner compares the slice, with the changes laid over it, to the slice; whatever is outside it is untouched
 * by construction. The guard's totals (active members, departments) are counted in the store when a plan resigns
 * or removes something.
 */
final class LocalSlice {
    private final StoreSession s;
    private final OrgId org;
    private final Map<DepartmentId, Department> departments = new LinkedHashMap<>();
    private final Map<MemberId, Member> members = new LinkedHashMap<>();
    private final Map<MemberId, Member> others = new LinkedHashMap<>();
    private final Set<DepartmentId> subtrees = new LinkedHashSet<>();

    private LocalSlice(StoreSession s, OrgId org) {
        this.s = s;
        this.org = org;
    }

    /**
     * The slice {@code changes} touch.
     *
     * @param activeCount     counts the organization's active members (called only when a plan resigns someone)
     * @param departmentCount counts the organization's departments (called only when a plan removes one)
     * @param leaving         members a first plan of the slice resigns: the departments they manage join the slice
     *                        (their posts end with them), found in one read of the departments, as the resignation
     *                        itself does ({@code MemberOps.resign})
     */
    static LocalState read(
            StoreSession s,
            OrgId org,
            List<RemoteChange> changes,
            MemberRules rules,
            Instant now,
            LongSupplier activeCount,
            LongSupplier departmentCount,
            Set<MemberId> leaving) {
        Organization o = Guard.organization(s, org);
        LocalSlice slice = new LocalSlice(s, org);
        slice.department(Guard.root(s, org));
        for (RemoteChange c : changes) {
            slice.take(c);
        }
        if (!leaving.isEmpty()) {
            slice.managedBy(leaving);
        }
        slice.uniqueHolders(changes, rules, now);
        slice.managers();
        // in the store's list order, as a whole read gives them, so the planner meets them in the same order
        return LocalState.slice(
                o,
                slice.departments.values().stream()
                        .sorted(Comparator.comparingInt(Department::depth)
                                .thenComparingLong(Department::order)
                                .thenComparing(Department::name)
                                .thenComparing(d -> d.id().value()))
                        .toList(),
                slice.members.values().stream()
                        .sorted(Comparator.comparing(Member::name).thenComparing(m -> m.id().value()))
                        .toList(),
                slice.others.values(),
                activeCount,
                departmentCount);
    }

    private void take(RemoteChange c) {
        if (c instanceof RemoteChange.MemberUpserted u) {
            s.memberByExternalId(org, u.externalId()).ifPresent(this::member);
            RemoteMember r = u.member();
            r.departmentExternalIds().forEach(this::departmentByExternalId);
            departmentByExternalId(r.mainDepartmentExternalId());
        } else if (c instanceof RemoteChange.MemberRemoved) {
            s.memberByExternalId(org, c.externalId()).ifPresent(this::member);
        } else if (c instanceof RemoteChange.DepartmentUpserted u) {
            Department local = departmentByExternalId(u.externalId());
            String parent = u.department().parentExternalId();
            if (parent != null) {
                departmentByExternalId(parent);
            }
            if (local != null && !local.isRoot() && !Objects.equals(parentExternalId(local), parent)) {
                subtree(local);
            }
            for (String manager : u.department().managerExternalIds()) {
                s.memberByExternalId(org, manager).ifPresent(this::other);
            }
        } else {
            Department local = departmentByExternalId(c.externalId());
            if (local != null && !local.isRoot()) {
                subtree(local);
            }
        }
    }

    private @Nullable String parentExternalId(Department d) {
        return d.parentId() == null ? null : department(d.parentId());
    }

    /** The department's subtree and the members linked to it (they move up or leave with it). */
    private void subtree(Department d) {
        if (!subtrees.add(d.id())) {
            return;
        }
        List<Department> below = s.subtree(org, d.path());
        below.forEach(this::department);
        List<DepartmentId> ids = below.stream().map(Department::id).toList();
        s.membersInDepartments(org, ids, true).forEach(this::member);
    }

    private void member(Member m) {
        if (members.putIfAbsent(m.id(), m) == null) {
            others.remove(m.id());
            m.departmentIds().forEach(this::department);
            department(m.mainDepartmentId());
        }
    }

    private void other(Member m) {
        if (!members.containsKey(m.id())) {
            others.putIfAbsent(m.id(), m);
        }
    }

    private @Nullable Department departmentByExternalId(String externalId) {
        Department d = s.departmentByExternalId(org, externalId).orElse(null);
        if (d != null) {
            department(d);
        }
        return d;
    }

    /** Adds the department by id (with its ancestors); its platform id, or null. */
    private @Nullable String department(DepartmentId id) {
        Department known = departments.get(id);
        if (known == null) {
            known = s.department(org, id).orElse(null);
            if (known == null) {
                return null;
            }
            department(known);
        }
        return known.externalId();
    }

    /** Adds the department and its ancestors (at most the tree's depth of lookups, each once). */
    private void department(Department d) {
        Department current = d;
        while (current != null && departments.putIfAbsent(current.id(), current) == null) {
            DepartmentId parent = current.parentId();
            current = parent == null || departments.containsKey(parent)
                    ? null
                    : s.department(org, parent).orElse(null);
        }
    }

    /** The departments (with their ancestors) that any of {@code leaving} manages. */
    private void managedBy(Set<MemberId> leaving) {
        for (Department d : s.departments(org)) {
            if (d.managerIds().stream().anyMatch(leaving::contains)) {
                department(d);
            }
        }
    }

    /** Members holding a unique value an upserted member would take, in the form the write path stores. */
    private void uniqueHolders(List<RemoteChange> changes, MemberRules rules, Instant now) {
        Map<String, DepartmentId> placeholders = new HashMap<>();
        DepartmentId root = Guard.rootId(org);
        for (RemoteChange c : changes) {
            if (!(c instanceof RemoteChange.MemberUpserted u)) {
                continue;
            }
            RemoteMember r = u.member();
            r.departmentExternalIds().forEach(d -> placeholders.put(d, root));
            placeholders.put(r.mainDepartmentExternalId(), root);
            Member normalized;
            try {
                normalized = rules.normalize(RemoteMembers.toLocal(org, r, placeholders, null, now));
            } catch (ValidationException e) {
                continue; // an invalid field: the planner reports it as a per-item failure
            }
            for (UniqueKey key : UniqueKey.values()) {
                String v = MemberKeys.value(normalized, key);
                if (v != null) {
                    s.memberByKey(org, key, v).ifPresent(this::other);
                }
            }
        }
    }

    /** The managers of the slice's departments, for reference (the picture names them; untouched ones stay). */
    private void managers() {
        List<MemberId> missing = new ArrayList<>();
        for (Department d : departments.values()) {
            for (MemberId m : d.managerIds()) {
                if (!members.containsKey(m) && !others.containsKey(m)) {
                    missing.add(m);
                }
            }
        }
        if (!missing.isEmpty()) {
            s.members(org, missing).forEach(this::other);
        }
    }
}
