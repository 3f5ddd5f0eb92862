package io.orgkit.core.internal;

import io.orgkit.core.NotFoundException;
import io.orgkit.core.ReadOnlyOrganizationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleId;
import io.orgkit.core.store.StoreSession;

/** Lookups that refuse unknown ids (of this organization) with a {@link NotFoundException}. */
public final class Guard {
    private Guard() {}

    public static Organization organization(StoreSession s, OrgId org) {
        return s.organization(org).orElseThrow(() -> missingOrganization(org));
    }

    public static NotFoundException missingOrganization(OrgId org) {
        return new NotFoundException(
                "organization " + org + " does not exist; list the organizations with OrganizationService.list()");
    }

    /** The organization, refused if it is synced (its departments and members are read-only). */
    public static Organization writableOrganization(StoreSession s, OrgId org) {
        return writable(organization(s, org));
    }

    /** {@code o}, refused if it is synced (its departments and members are read-only). */
    public static Organization writable(Organization o) {
        if (o.isSynced()) {
            throw new ReadOnlyOrganizationException(o.name(), o.type());
        }
        return o;
    }

    public static Department department(StoreSession s, OrgId org, DepartmentId id) {
        return s.department(org, id).orElseThrow(() -> NotFoundException.of("department", id));
    }

    public static Member member(StoreSession s, OrgId org, MemberId id) {
        return s.member(org, id).orElseThrow(() -> NotFoundException.of("member", id));
    }

    public static Member activeMember(StoreSession s, OrgId org, MemberId id) {
        Member m = member(s, org, id);
        if (!m.isActive()) {
            throw io.orgkit.core.ValidationException.of(
                    "member", "member " + m.name() + " (" + id + ") has resigned; choose an active member");
        }
        return m;
    }

    public static Role role(StoreSession s, OrgId org, RoleId id) {
        return s.role(org, id).orElseThrow(() -> NotFoundException.of("role", id));
    }

    /** The root department; its id is the organization's id. */
    public static Department root(StoreSession s, OrgId org) {
        return s.department(org, rootId(org))
                .orElseThrow(() -> new IllegalStateException("organization " + org + " has no root department"));
    }

    public static DepartmentId rootId(OrgId org) {
        return DepartmentId.of(org.value());
    }
}
