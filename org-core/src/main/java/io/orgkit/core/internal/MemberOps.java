package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoreSession;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Member operations beside the write path ({@link io.orgkit.core.internal.members.MemberWrites}, which owns field
 * rules, uniqueness and the member events): department links and resignation. They do not check whether the
 * organization is read-only (callers do).
 */
public final class MemberOps {
    private MemberOps() {}

    public static void checkDepartments(StoreSession s, OrgId org, Collection<DepartmentId> departments) {
        if (departments.isEmpty()) {
            throw ValidationException.of("departments", "a member belongs to at least one department");
        }
        for (DepartmentId d : departments) {
            Guard.department(s, org, d);
        }
    }

    /**
     * Resigns the active members among {@code ids}: status and date set, removed from roles, from the
     * organization's leader post and from department manager posts. Returns the members as stored.
     */
    public static List<Member> resign(Tx tx, OrgId org, Collection<MemberId> ids) {
        StoreSession s = tx.session();
        List<Member> all = new ArrayList<>();
        Set<MemberId> resigning = new LinkedHashSet<>();
        for (MemberId id : new LinkedHashSet<>(ids)) {
            Member m = Guard.member(s, org, id);
            if (m.isActive()) {
                resigning.add(id);
            }
            all.add(m);
        }
        List<Member> result = new ArrayList<>();
        for (Member m : all) {
            if (!resigning.contains(m.id())) {
                result.add(m);
                continue;
            }
            Member r = m.withResignation(tx.now());
            s.updateMember(r);
            tx.search().member(r);
            s.removeMemberFromAllRoles(org, m.id());
            tx.emit(new OrgEvent.MemberResigned(org, tx.now(), m.id()));
            result.add(r);
        }
        leavePosts(tx, org, resigning);
        AccountsApi.disable(tx, org, resigning);
        return result;
    }

    private static void leavePosts(Tx tx, OrgId org, Set<MemberId> leaving) {
        if (leaving.isEmpty()) {
            return;
        }
        StoreSession s = tx.session();
        Organization o = Guard.organization(s, org);
        if (o.leaderId() != null && leaving.contains(o.leaderId())) {
            s.updateOrganization(OrganizationCopies.led(o, null));
            tx.emit(new OrgEvent.LeaderChanged(org, tx.now(), null));
        }
        for (Department d : s.departments(org)) {
            if (d.managerIds().stream().anyMatch(leaving::contains)) {
                List<MemberId> kept = d.managerIds().stream()
                        .filter(id -> !leaving.contains(id))
                        .toList();
                s.updateDepartment(d.withManagers(kept));
                tx.emit(new OrgEvent.DepartmentManagersChanged(org, tx.now(), d.id(), kept));
            }
        }
    }

    /** The member with {@code from} departments replaced by {@code to} (kept once; main follows). */
    public static Member relink(Member m, Set<DepartmentId> from, @Nullable DepartmentId to) {
        if (to == null) {
            throw new IllegalStateException("cannot relink member " + m.id() + " to no department");
        }
        LinkedHashSet<DepartmentId> depts = new LinkedHashSet<>();
        for (DepartmentId d : m.departmentIds()) {
            depts.add(from.contains(d) ? to : d);
        }
        DepartmentId main = from.contains(m.mainDepartmentId()) ? to : m.mainDepartmentId();
        return m.withDepartments(mainFirst(List.copyOf(depts), main), main);
    }

    /** The departments with {@code main} first, each once. */
    public static List<DepartmentId> mainFirst(List<DepartmentId> depts, DepartmentId main) {
        LinkedHashSet<DepartmentId> ordered = new LinkedHashSet<>();
        ordered.add(main);
        ordered.addAll(depts);
        return List.copyOf(ordered);
    }
}
