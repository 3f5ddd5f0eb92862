package io.orgkit.core.members;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Check;
import io.orgkit.core.organizations.OrgId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One person of an organization. A value: the copy helpers ({@link #withDepartments}, {@link #withResignation},
 * {@link #asActive}) return a changed copy and store nothing; changes go through {@link Members}.
 *
 * @param id the member's id, kept for life (also after a re-hire)
 * @param orgId the organization
 * @param name the full name, 1-100 characters
 * @param employeeId the employee ID, unique in the organization case-insensitively, or null
 * @param phone the phone in E.164 ({@code +8613800138000}), or null
 * @param email the email, lower-cased, or null
 * @param position the job title, or null
 * @param departmentIds every department the member belongs to (at least one while active), main first
 * @param mainDepartmentId one of {@code departmentIds}
 * @param status active or resigned
 * @param resignedAt when the member resigned, null while active
 * @param externalId the platform's user id for synced organizations
 * @param createdAt when the member was first stored
 * @param platformAccount the state of the member's account on the platform of a synced organization (e.g.
 *     {@link PlatformAccount#NOT_ACTIVATED} for a DingTalk user who never signed in); null in generic
 *     organizations
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
        Instant createdAt,
        @Nullable PlatformAccount platformAccount) {

    /** The name an erased member's record keeps in place of theirs. */
    public static final String ERASED_NAME = "Erased member";

    /**
     * Checks the components.
     *
     * @param id the {@code id} component
     * @param orgId the {@code orgId} component
     * @param name the {@code name} component
     * @param employeeId the {@code employeeId} component
     * @param phone the {@code phone} component
     * @param email the {@code email} component
     * @param position the {@code position} component
     * @param departmentIds the {@code departmentIds} component
     * @param mainDepartmentId the {@code mainDepartmentId} component
     * @param status the {@code status} component
     * @param resignedAt the {@code resignedAt} component
     * @param externalId the {@code externalId} component
     * @param createdAt the {@code createdAt} component
     * @param platformAccount the {@code platformAccount} component
     * @throws ValidationException when a required component is null or the main department is not among the
     *     departments
     */
    public Member {
        Check.notNull(id, "id");
        Check.notNull(orgId, "orgId");
        Check.notNull(name, "name");
        departmentIds = List.copyOf(Check.notNull(departmentIds, "departmentIds"));
        Check.notNull(mainDepartmentId, "mainDepartmentId");
        if (!departmentIds.contains(mainDepartmentId)) {
            throw ValidationException.of(
                    "mainDepartmentId", "main department " + mainDepartmentId + " is not among " + departmentIds);
        }
        Check.notNull(status, "status");
        Check.notNull(createdAt, "createdAt");
    }

    /**
     * A member without a platform account marker ({@link #platformAccount()} null), as in generic organizations.
     *
     * @param id the member's id
     * @param orgId the organization
     * @param name the full name
     * @param employeeId the employee ID, or null
     * @param phone the phone, or null
     * @param email the email, or null
     * @param position the job title, or null
     * @param departmentIds the departments, main first
     * @param mainDepartmentId one of {@code departmentIds}
     * @param status active or resigned
     * @param resignedAt when the member resigned, null while active
     * @param externalId the platform's user id, or null
     * @param createdAt when the member was first stored
     * @throws ValidationException when a required component is null or the main department is not among the
     *     departments
     */
    public Member(
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
        this(
                id,
                orgId,
                name,
                employeeId,
                phone,
                email,
                position,
                departmentIds,
                mainDepartmentId,
                status,
                resignedAt,
                externalId,
                createdAt,
                null);
    }

    /**
     * Whether the member is active (not resigned).
     *
     * @return true while active
     */
    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /**
     * A copy with other departments; stores nothing.
     *
     * @param departments the departments, main first
     * @param main one of them
     * @return the copy
     * @throws ValidationException when {@code main} is not among {@code departments}
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
                createdAt,
                platformAccount);
    }

    /**
     * A copy marked resigned at {@code at}; stores nothing (resign members with {@link Members#resign}).
     *
     * @param at the resignation time
     * @return the copy
     */
    public Member withResignation(Instant at) {
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
                Check.notNull(at, "at"),
                externalId,
                createdAt,
                platformAccount);
    }

    /**
     * A copy marked active, without a resignation time; stores nothing.
     *
     * @return the copy
     */
    public Member asActive() {
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
                createdAt,
                platformAccount);
    }
}
