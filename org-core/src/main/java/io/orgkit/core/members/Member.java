package io.orgkit.core.members;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Check;
import io.orgkit.core.organizations.OrgId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One person of an organization.
 *
 * @param departmentIds every department the member belongs to (at least one while active), main first
 * @param mainDepartmentId one of {@code departmentIds}
 * @param resignedAt when the member resigned, null while active
 * @param externalId the platform's user id for synced organizations
 */
public record Member(
        MemberId id,
        OrgId orgId,
        String name,
        @Nullable String employeeId,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String position,
        List<DepartmentId> departmentIds,
        DepartmentId mainDepartmentId,
        MemberStatus status,
        @Nullable Instant resignedAt,
        @Nullable String externalId,
        Instant createdAt) {

    public Member {
        Check.notNull(id, "id");
        Check.notNull(orgId, "orgId");
        Check.notNull(name, "name");
        departmentIds = List.copyOf(departmentIds);
        Check.notNull(mainDepartmentId, "mainDepartmentId");
        if (!departmentIds.contains(mainDepartmentId)) {
            throw ValidationException.of(
                    "mainDepartmentId", "main department " + mainDepartmentId + " is not among " + departmentIds);
        }
        Check.notNull(status, "status");
        Check.notNull(createdAt, "createdAt");
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public Member withDepartments(List<DepartmentId> departments, DepartmentId main) {
        return new Member(
                id,
                orgId,
                name,
                employeeId,
                phone,
                email,
                position,
                departments,
                main,
                status,
                resignedAt,
                externalId,
                createdAt);
    }

    public Member resigned(Instant at) {
        return new Member(
                id,
                orgId,
                name,
                employeeId,
                phone,
                email,
                position,
                departmentIds,
                mainDepartmentId,
                MemberStatus.RESIGNED,
                at,
                externalId,
                createdAt);
    }

    public Member reactivated() {
        return new Member(
                id,
                orgId,
                name,
                employeeId,
                phone,
                email,
                position,
                departmentIds,
                mainDepartmentId,
                MemberStatus.ACTIVE,
                null,
                externalId,
                createdAt);
    }
}
