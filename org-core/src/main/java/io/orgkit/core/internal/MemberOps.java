package io.orgkit.core.internal;

import io.orgkit.core.ConflictException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.store.UniqueKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The member rules, used by the API, import and sync alike: field validation and normalization, uniqueness
 * of employee ID / phone / email within the organization, department links, resignation. They do not check
 * whether the organization is read-only (callers do).
 */
public final class MemberOps {
    private MemberOps() {
    }

    /** Validates and normalizes a new member's fields (field names prefixed with {@code prefix}). */
    public static Member draft(OrgId org, NewMember n, DepartmentId defaultDepartment, String prefix,
                               @Nullable String externalId, java.time.Instant now) {
        Rules r = Rules.check();
        String name = r.name(prefix + "name", n.name());
        String employeeId = r.text(prefix + "employeeId", n.employeeId(), Rules.MAX_FIELD);
        String phone = r.phone(prefix + "phone", n.phone());
        String email = r.email(prefix + "email", n.email());
        String position = r.text(prefix + "position", n.position(), Rules.MAX_NAME);
        r.throwIfAny();
        List<DepartmentId> depts = n.departments().isEmpty() ? List.of(defaultDepartment) : n.departments();
        DepartmentId main = n.mainDepartment() != null ? n.mainDepartment() : depts.get(0);
        return new Member(MemberId.random(), org, name, employeeId, phone, email, position, mainFirst(depts, main),
                main, MemberStatus.ACTIVE, null, externalId, now);
    }

    /** Validates a member's fields as they would be stored (after an update). */
    public static Member normalize(Member m) {
        Rules r = Rules.check();
        String name = r.name("name", m.name());
        String employeeId = r.text("employeeId", m.employeeId(), Rules.MAX_FIELD);
        String phone = r.phone("phone", m.phone());
        String email = r.email("email", m.email());
        String position = r.text("position", m.position(), Rules.MAX_NAME);
        r.throwIfAny();
        return new Member(m.id(), m.orgId(), name, employeeId, phone, email, position, m.departmentIds(),
                m.mainDepartmentId(), m.status(), m.resignedAt(), m.externalId(), m.createdAt());
    }

    /** Inserts a validated member after checking its departments and unique fields. */
    public static Member insert(Tx tx, Member m) {
        checkDepartments(tx.session(), m.orgId(), m.departmentIds());
        checkUnique(tx.session(), m, "");
        tx.session().insertMember(m);
        tx.emit(new OrgEvent.MemberAdded(m.orgId(), tx.now(), m.id(), m.name()));
        return m;
    }

    /** Stores a changed member after checking its departments and unique fields. */
    public static Member update(Tx tx, Member changed) {
        checkDepartments(tx.session(), changed.orgId(), changed.departmentIds());
        checkUnique(tx.session(), changed, "");
        tx.session().updateMember(changed);
        tx.emit(new OrgEvent.MemberUpdated(changed.orgId(), tx.now(), changed.id()));
        return changed;
    }

    public static void checkDepartments(StoreSession s, OrgId org, Collection<DepartmentId> departments) {
        if (departments.isEmpty()) {
            throw ValidationException.of("departments", "a member belongs to at least one department");
        }
        for (DepartmentId d : departments) {
            Guard.department(s, org, d);
        }
    }

    /** Refuses a value of employee ID, phone or email that another member of the organization holds. */
    public static void checkUnique(StoreSession s, Member m, String prefix) {
        List<ValidationException.FieldError> clashes = new ArrayList<>();
        check(s, m, UniqueKey.EMPLOYEE_ID, m.employeeId(), prefix + "employeeId", "Employee ID", clashes);
        check(s, m, UniqueKey.PHONE, m.phone(), prefix + "phone", "Phone", clashes);
        check(s, m, UniqueKey.EMAIL, m.email(), prefix + "email", "Email", clashes);
        if (!clashes.isEmpty()) {
            throw new ConflictException(String.join("; ", clashes.stream().map(Object::toString).toList()));
        }
    }

    private static void check(StoreSession s, Member m, UniqueKey key, @Nullable String value, String field,
                              String label, List<ValidationException.FieldError> clashes) {
        if (value == null) {
            return;
        }
        s.memberByKey(m.orgId(), key, value).filter(other -> !other.id().equals(m.id())).ifPresent(other ->
                clashes.add(new ValidationException.FieldError(field, label + " '" + value + "' is already used by "
                        + other.name() + (other.isActive() ? "" : " (resigned)") + "; each member needs their own")));
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
            Member r = m.resigned(tx.now());
            s.updateMember(r);
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
            s.updateOrganization(o.withLeader(null));
            tx.emit(new OrgEvent.LeaderChanged(org, tx.now(), null));
        }
        for (Department d : s.departments(org)) {
            if (d.managerIds().stream().anyMatch(leaving::contains)) {
                List<MemberId> kept = d.managerIds().stream().filter(id -> !leaving.contains(id)).toList();
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
