package io.orgkit.core.internal.memory;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import io.orgkit.core.store.PasswordCredential;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.TermIndex;
import io.orgkit.core.store.UniqueKey;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** One organization's data with its indexes. */
final class OrgData {
    final Map<DepartmentId, Department> departments = new HashMap<>();
    final Map<String, DepartmentId> departmentsByExternalId = new HashMap<>();
    final Map<MemberId, Member> members = new HashMap<>();
    final Map<String, MemberId> membersByExternalId = new HashMap<>();
    final Map<UniqueKey, Map<String, MemberId>> membersByKey = new EnumMap<>(UniqueKey.class);
    final Map<DepartmentId, Set<MemberId>> membersByDepartment = new HashMap<>();
    final Map<RoleGroupId, RoleGroup> roleGroups = new HashMap<>();
    final Map<RoleId, Role> roles = new HashMap<>();
    final Map<RoleId, Set<MemberId>> roleMembers = new HashMap<>();
    final Map<MemberId, PasswordCredential> credentials = new HashMap<>();
    final Map<String, String> attributes = new HashMap<>();
    final Map<SearchSubject, TermIndex> search = new EnumMap<>(SearchSubject.class);

    OrgData() {
        for (UniqueKey k : UniqueKey.values()) {
            membersByKey.put(k, new HashMap<>());
        }
        for (SearchSubject subject : SearchSubject.values()) {
            search.put(subject, new TermIndex());
        }
    }

    Set<MemberId> linked(DepartmentId department) {
        return membersByDepartment.computeIfAbsent(department, d -> new HashSet<>());
    }

    Set<MemberId> holders(RoleId role) {
        return roleMembers.computeIfAbsent(role, r -> new HashSet<>());
    }
}
