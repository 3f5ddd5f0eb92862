package io.orgkit.tck.store;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What must hold for an organization's contacts whatever writers ran: each department's path is its parent's
 * path plus itself, no cycles, every member's departments exist, and no resigned member holds a role, the
 * leader post or a manager post. Returns the violations found (empty when all hold).
 */
final class ContactInvariants {
    private ContactInvariants() {}

    static List<String> violations(OrgStore store, OrgId org) {
        return store.read(s -> {
            List<String> out = new ArrayList<>();
            Map<DepartmentId, Department> tree =
                    s.departments(org).stream().collect(Collectors.toMap(Department::id, Function.identity()));
            tree.values().forEach(d -> checkPlace(d, tree, out));
            s.allMembers(org, true).forEach(m -> checkMember(s, org, m, tree, out));
            return out;
        });
    }

    private static void checkPlace(Department d, Map<DepartmentId, Department> tree, List<String> out) {
        Department parent = d.parentId() == null ? null : tree.get(d.parentId());
        if (d.parentId() != null && parent == null) {
            out.add(d.name() + ": parent " + d.parentId() + " does not exist");
            return;
        }
        String expected = Department.pathUnder(parent == null ? "" : parent.path(), d.id());
        if (!d.path().equals(expected)) {
            out.add(d.name() + ": path " + d.path() + " is not its parent's path plus itself (" + expected + ")");
        }
        Set<DepartmentId> seen = new HashSet<>();
        for (Department at = d; at != null && at.parentId() != null; at = tree.get(at.parentId())) {
            if (!seen.add(at.id())) {
                out.add(d.name() + ": its parents form a cycle");
                return;
            }
        }
    }

    private static void checkMember(
            StoreSession s, OrgId org, Member m, Map<DepartmentId, Department> tree, List<String> out) {
        m.departmentIds().stream()
                .filter(d -> !tree.containsKey(d))
                .forEach(d -> out.add(m.name() + ": department " + d + " does not exist"));
        if (m.isActive()) {
            return;
        }
        if (!s.rolesOfMember(org, m.id()).isEmpty()) {
            out.add(m.name() + " resigned but holds roles " + s.rolesOfMember(org, m.id()));
        }
        Organization o = s.organization(org).orElseThrow();
        if (m.id().equals(o.leaderId())) {
            out.add(m.name() + " resigned but is the organization's leader");
        }
        tree.values().stream()
                .filter(d -> d.managerIds().contains(m.id()))
                .forEach(d -> out.add(m.name() + " resigned but manages " + d.name()));
    }
}
