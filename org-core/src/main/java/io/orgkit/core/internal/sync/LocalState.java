package io.orgkit.core.internal.sync;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoreSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The organization as stored, read once (two bulk reads) and indexed by id and external id. */
final class LocalState {
    final Organization org;
    final Department root;
    final Map<DepartmentId, Department> departments = new HashMap<>();
    final Map<String, Department> departmentsByExternalId = new HashMap<>();
    final List<Member> members;
    final Map<String, Member> membersByExternalId = new HashMap<>();

    private LocalState(Organization org, List<Department> departments, List<Member> members) {
        this.org = org;
        this.members = members;
        for (Department d : departments) {
            this.departments.put(d.id(), d);
            if (d.externalId() != null) {
                departmentsByExternalId.put(d.externalId(), d);
            }
        }
        this.root = java.util.Objects.requireNonNull(this.departments.get(Guard.rootId(org.id())));
        for (Member m : members) {
            if (m.externalId() != null) {
                membersByExternalId.put(m.externalId(), m);
            }
        }
    }

    static LocalState read(StoreSession s, OrgId id) {
        Organization org = Guard.organization(s, id);
        Guard.root(s, id);
        return new LocalState(org, s.departments(id), s.allMembers(id, true));
    }

    OrgId orgId() {
        return org.id();
    }

    long activeMembers() {
        return members.stream().filter(Member::isActive).count();
    }

    /** External id of a local department for display: its platform id, or its local id when it has none. */
    String label(DepartmentId id) {
        Department d = departments.get(id);
        return d != null && d.externalId() != null ? d.externalId() : id.value();
    }
}
