package io.orgkit.tck.store;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.PlatformAccount;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the values the contract tests store. */
public final class Fixtures {
    /** A time with nanoseconds: stores keep instants exactly. */
    public static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456789Z");

    private Fixtures() {}

    /**
     * A generic organization with a random id, created at a fixed time.
     *
     * @param name its name
     * @return the organization (not stored)
     */
    public static Organization organization(String name) {
        return organization(OrgId.random(), name, T0);
    }

    /**
     * A generic organization.
     *
     * @param id its id
     * @param name its name
     * @param createdAt its creation time
     * @return the organization (not stored)
     */
    public static Organization organization(OrgId id, String name, Instant createdAt) {
        return new Organization(
                id,
                name,
                Organization.GENERIC,
                null,
                true,
                false,
                Map.of("corpId", "c-1", "region", "east"),
                createdAt);
    }

    /**
     * A default organization (joinable).
     *
     * @param name its name
     * @return the organization (not stored)
     */
    public static Organization defaultOrganization(String name) {
        Organization o = organization(name);
        return new Organization(o.id(), name, o.type(), null, true, true, Map.of(), o.createdAt());
    }

    /**
     * The root department of an organization (its id is the organization's).
     *
     * @param org the organization
     * @return the department (not stored)
     */
    public static Department root(OrgId org) {
        DepartmentId id = DepartmentId.of(org.value());
        return new Department(id, org, null, "Root", 0, Department.pathUnder("", id), null, List.of());
    }

    /**
     * A child department with a random id and no external id.
     *
     * @param parent the parent
     * @param name its name
     * @param order its sibling order
     * @return the department (not stored)
     */
    public static Department child(Department parent, String name, long order) {
        return child(parent, DepartmentId.random(), name, order, null);
    }

    /**
     * A child department.
     *
     * @param parent the parent
     * @param id its id
     * @param name its name
     * @param order its sibling order
     * @param externalId its platform id, or null
     * @return the department (not stored)
     */
    public static Department child(
            Department parent, DepartmentId id, String name, long order, @Nullable String externalId) {
        return new Department(
                id,
                parent.orgId(),
                parent.id(),
                name,
                order,
                Department.pathUnder(parent.path(), id),
                externalId,
                List.of());
    }

    /**
     * An active member in departments.
     *
     * @param name the member's name
     * @param main the main department
     * @param more further departments
     * @return the member (not stored)
     */
    public static Member member(String name, Department main, Department... more) {
        List<DepartmentId> depts = new java.util.ArrayList<>();
        depts.add(main.id());
        Arrays.stream(more).map(Department::id).forEach(depts::add);
        return new Member(
                MemberId.random(),
                main.orgId(),
                name,
                null,
                null,
                null,
                "Engineer",
                depts,
                main.id(),
                MemberStatus.ACTIVE,
                null,
                null,
                T0);
    }

    /**
     * A copy of a member with other unique keys.
     *
     * @param m the member
     * @param employeeId the employee ID, or null
     * @param phone the phone, or null
     * @param email the email, or null
     * @return the copy
     */
    public static Member withKeys(
            Member m, @Nullable String employeeId, @Nullable String phone, @Nullable String email) {
        return new Member(
                m.id(),
                m.orgId(),
                m.name(),
                employeeId,
                phone,
                email,
                m.position(),
                m.departmentIds(),
                m.mainDepartmentId(),
                m.status(),
                m.resignedAt(),
                m.externalId(),
                m.createdAt(),
                m.platformAccount());
    }

    /**
     * A copy of a member with another external id.
     *
     * @param m the member
     * @param externalId the platform id, or null
     * @return the copy
     */
    public static Member withExternalId(Member m, @Nullable String externalId) {
        return new Member(
                m.id(),
                m.orgId(),
                m.name(),
                m.employeeId(),
                m.phone(),
                m.email(),
                m.position(),
                m.departmentIds(),
                m.mainDepartmentId(),
                m.status(),
                m.resignedAt(),
                externalId,
                m.createdAt(),
                m.platformAccount());
    }

    /**
     * A copy of a member with another name.
     *
     * @param m the member
     * @param name the name
     * @return the copy
     */
    public static Member renamed(Member m, String name) {
        return new Member(
                m.id(),
                m.orgId(),
                name,
                m.employeeId(),
                m.phone(),
                m.email(),
                m.position(),
                m.departmentIds(),
                m.mainDepartmentId(),
                m.status(),
                m.resignedAt(),
                m.externalId(),
                m.createdAt(),
                m.platformAccount());
    }

    /**
     * A copy of {@code m} with another platform account state; stores nothing.
     *
     * @param m the member
     * @param account the account state, null for none (a generic organization's member)
     * @return the copy
     */
    public static Member withAccount(Member m, @Nullable PlatformAccount account) {
        return new Member(
                m.id(),
                m.orgId(),
                m.name(),
                m.employeeId(),
                m.phone(),
                m.email(),
                m.position(),
                m.departmentIds(),
                m.mainDepartmentId(),
                m.status(),
                m.resignedAt(),
                m.externalId(),
                m.createdAt(),
                account);
    }

    /** {@code o} with other settings (as a store test writes it). */
    public static Organization withSettings(Organization o, java.util.Map<String, String> settings) {
        return new Organization(
                o.id(), o.name(), o.type(), o.leaderId(), o.allowJoin(), o.isDefault(), settings, o.createdAt());
    }
}
