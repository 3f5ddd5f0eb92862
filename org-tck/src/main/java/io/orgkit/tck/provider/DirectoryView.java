package io.orgkit.tck.provider;

import io.orgkit.core.Org;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A directory reduced to what a sync must carry over, keyed by platform id, comparable with {@code equals}. */
record DirectoryView(Map<String, Dept> departments, Map<String, Person> members) {

    /** A department: its parent's platform id (null for the root), name (empty for the root), managers' ids. */
    record Dept(@Nullable String parent, String name, Set<String> managers) {}

    /** A member; a resigned one is reduced to {@code active = false} and its id. */
    record Person(
            String name,
            @Nullable String employeeId,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String position,
            Set<String> departments,
            @Nullable String main,
            boolean active) {
        static Person resigned() {
            return new Person("", null, null, null, null, Set.of(), null, false);
        }
    }

    /** What the local organization holds now. */
    static DirectoryView of(Org org) {
        List<Department> departments = org.departments().subtree(org.root().id());
        Map<DepartmentId, String> deptIds = new HashMap<>();
        departments.forEach(d -> deptIds.put(d.id(), d.externalId() == null ? "local:" + d.id() : d.externalId()));
        List<Member> active = org.members().list();
        Map<MemberId, String> memberIds = new HashMap<>();
        active.forEach(m -> memberIds.put(m.id(), String.valueOf(m.externalId())));
        Map<String, Dept> depts = new TreeMap<>();
        for (Department d : departments) {
            depts.put(
                    deptIds.get(d.id()),
                    new Dept(
                            d.parentId() == null ? null : deptIds.get(d.parentId()),
                            d.isRoot() ? "" : d.name(),
                            d.managerIds().stream()
                                    .map(id -> memberIds.getOrDefault(id, "resigned:" + id))
                                    .collect(Collectors.toCollection(TreeSet::new))));
        }
        Map<String, Person> people = new TreeMap<>();
        for (Member m : active) {
            people.put(
                    String.valueOf(m.externalId()),
                    new Person(
                            m.name(),
                            m.employeeId(),
                            m.phone(),
                            m.email(),
                            m.position(),
                            m.departmentIds().stream().map(deptIds::get).collect(Collectors.toCollection(TreeSet::new)),
                            deptIds.get(m.mainDepartmentId()),
                            true));
        }
        org.members().resigned().forEach(m -> people.put(String.valueOf(m.externalId()), Person.resigned()));
        return new DirectoryView(depts, people);
    }
}
