package io.orgkit.core.internal.members;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.MemberOps;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberField;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.spi.RemoteMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A platform's member as a local one: the remote-to-local mapping of every sync. Full syncs and change rounds
 * (delta feeds, callbacks, {@code applyChanges}) both plan with {@link #toLocal} in the sync planner, then write
 * through {@link MemberWrites}; there is no other way a remote member becomes a local one.
 */
public final class RemoteMembers {
    private RemoteMembers() {}

    /**
     * The local member {@code r} describes, fields not yet validated: {@code before}'s id and creation time when it
     * exists; active when the platform says so (a resigned one stays resigned until the platform enables it); the
     * platform's account state; for each field the platform withheld ({@link RemoteMember#withheld()}),
     * {@code before}'s value (none for a new member), so an omitted phone or email never clears the local one.
     *
     * @param departments local department ids by the platform's department id
     * @throws ValidationException when a department of the member is not known locally
     */
    public static Member toLocal(
            OrgId org, RemoteMember r, Map<String, DepartmentId> departments, @Nullable Member before, Instant now) {
        List<DepartmentId> depts = new ArrayList<>(r.departmentExternalIds().size());
        for (String ext : r.departmentExternalIds()) {
            depts.add(department(departments, ext));
        }
        DepartmentId main = department(departments, r.mainDepartmentExternalId());
        boolean active = r.active() || before != null && before.isActive();
        return new Member(
                before != null ? before.id() : MemberId.random(),
                org,
                r.name(),
                sent(r, MemberField.EMPLOYEE_ID, r.employeeId(), before == null ? null : before.employeeId()),
                sent(r, MemberField.PHONE, r.phone(), before == null ? null : before.phone()),
                sent(r, MemberField.EMAIL, r.email(), before == null ? null : before.email()),
                sent(r, MemberField.POSITION, r.position(), before == null ? null : before.position()),
                MemberOps.mainFirst(depts, main),
                main,
                active ? MemberStatus.ACTIVE : MemberStatus.RESIGNED,
                active || before == null ? null : before.resignedAt(),
                r.externalId(),
                before != null ? before.createdAt() : now,
                r.account());
    }

    /** The platform's value of {@code field}, or the local one when the platform withheld it (null for a new member). */
    private static @Nullable String sent(
            RemoteMember r, MemberField field, @Nullable String remote, @Nullable String local) {
        return r.withholds(field) ? local : remote;
    }

    private static DepartmentId department(Map<String, DepartmentId> departments, String externalId) {
        DepartmentId id = departments.get(externalId);
        if (id == null) {
            throw ValidationException.of(
                    "departments",
                    "department '" + externalId + "' of the platform is not" + " known locally; run a full sync");
        }
        return id;
    }
}
