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

    /**
     * Copies the departments; fields are checked by the operations that store a member.
     *
     * @throws ValidationException when a required component is missing or the main department is not among the
     *     departments
     */
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

    /** {@return whether the member is active (not resigned)} */
    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /**
     * A copy in other departments; stores nothing (use {@link Members#moveTo}).
     *
     * @param departments the departments
     * @param main the main one, among them
     * @return the copy
     */
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

    /**
     * A copy marked resigned at {@code at}; stores nothing (use {@link Members#resign}).
     *
     * @param at when the member resigned
     * @return the copy
     */
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

    /**
     * A copy marked active again; stores nothing.
     *
     * @return the copy
     */
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
