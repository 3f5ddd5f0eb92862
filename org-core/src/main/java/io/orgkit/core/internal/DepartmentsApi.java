package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.departments.Departments;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

final class DepartmentsApi extends OrgScoped implements Departments {

    DepartmentsApi(ServiceContext ctx, OrgId org) {
        super(ctx, org);
    }

    @Override
    public Department root() {
        return ctx.read(s -> {
            Guard.organization(s, org);
            return Guard.root(s, org);
        });
    }

    @Override
    public Department get(DepartmentId id) {
        return ctx.read(s -> Guard.department(s, org, id));
    }

    @Override
    public Department create(DepartmentId parent, String name) {
        return changeContacts(tx -> DepartmentOps.create(tx, org, parent, name, null));
    }

    @Override
    public Department rename(DepartmentId id, String name) {
        return changeContacts(tx -> DepartmentOps.rename(tx, org, id, name));
    }

    @Override
    public Department move(DepartmentId id, DepartmentId newParent) {
        return changeContacts(tx -> DepartmentOps.move(tx, org, id, newParent));
    }

    @Override
    public List<Department> reorder(DepartmentId parent, List<DepartmentId> childrenInOrder) {
        return changeContacts(tx -> {
            Guard.department(tx.session(), org, parent);
            List<Department> children = tx.session().children(org, parent);
            Set<DepartmentId> given = new LinkedHashSet<>(childrenInOrder);
            Set<DepartmentId> actual = new HashSet<>();
            children.forEach(c -> actual.add(c.id()));
            if (given.size() != childrenInOrder.size() || !given.equals(actual)) {
                throw ValidationException.of(
                        "childrenInOrder",
                        "must name every child of the department exactly" + " once (it has " + children.size() + ")");
            }
            List<Department> result = new ArrayList<>();
            long order = 1;
            for (DepartmentId id : childrenInOrder) {
                Department d = Guard.department(tx.session(), org, id).withOrder(order++);
                tx.session().updateDepartment(d);
                result.add(d);
            }
            return result;
        });
    }

    @Override
    public Department merge(List<DepartmentId> sources, DepartmentId target) {
        return changeContacts(tx -> DepartmentOps.merge(tx, org, sources, target));
    }

    @Override
    public void delete(DepartmentId id) {
        changeContacts(tx -> {
            DepartmentOps.delete(tx, org, id);
            return null;
        });
    }

    @Override
    public List<Department> children(DepartmentId id) {
        return ctx.read(s -> {
            Guard.department(s, org, id);
            return s.children(org, id);
        });
    }

    @Override
    public List<Department> subtree(DepartmentId id) {
        return ctx.read(
                s -> TreeOrder.of(s.subtree(org, Guard.department(s, org, id).path())));
    }

    @Override
    public List<Department> pathFromRoot(DepartmentId id) {
        return ctx.read(s -> {
            Department d = Guard.department(s, org, id);
            List<Department> path = new ArrayList<>();
            for (String part : d.path().split("/")) {
                path.add(Guard.department(s, org, DepartmentId.of(part)));
            }
            return path;
        });
    }

    @Override
    public Department setManagers(DepartmentId id, List<MemberId> managers) {
        return changeContacts(tx -> {
            Department d = Guard.department(tx.session(), org, id);
            List<MemberId> distinct = List.copyOf(new LinkedHashSet<>(managers));
            for (MemberId m : distinct) {
                Guard.activeMember(tx.session(), org, m);
            }
            Department changed = d.withManagers(distinct);
            tx.session().updateDepartment(changed);
            tx.emit(new OrgEvent.DepartmentManagersChanged(org, tx.now(), id, distinct));
            return changed;
        });
    }

    @Override
    public io.orgkit.core.Page<Member> members(
            DepartmentId id,
            boolean includeSubDepartments,
            @org.jspecify.annotations.Nullable String cursor,
            int limit) {
        Cursors.limit(limit);
        return ctx.read(s -> {
            Department d = Guard.department(s, org, id);
            io.orgkit.core.store.MemberPageQuery all = io.orgkit.core.store.MemberPageQuery.all(org, limit);
            return Cursors.members(
                    s, includeSubDepartments ? all.inSubtree(d.path()) : all.inDepartment(id), cursor, limit);
        });
    }

    @Override
    public List<Member> members(DepartmentId id, boolean includeSubDepartments) {
        return ctx.read(s -> {
            Department d = Guard.department(s, org, id);
            List<DepartmentId> ids = includeSubDepartments
                    ? s.subtree(org, d.path()).stream().map(Department::id).toList()
                    : List.of(id);
            return s.membersInDepartments(org, ids, false);
        });
    }
}
