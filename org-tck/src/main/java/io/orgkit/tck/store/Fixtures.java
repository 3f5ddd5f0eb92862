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

    public static Organization organization(String name) {
        return organization(OrgId.random(), name, T0);
    }

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

    public static Organization defaultOrganization(String name) {
        Organization o = organization(name);
        return new Organization(o.id(), name, o.type(), null, true, true, Map.of(), o.createdAt());
    }

    public static Department root(OrgId org) {
        DepartmentId id = DepartmentId.of(org.value());
        return new Department(id, org, null, "Root", 0, Department.pathUnder("", id), null, List.of());
    }

    public static Department child(Department parent, String name, long order) {
        return child(parent, DepartmentId.random(), name, order, null);
    }

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
