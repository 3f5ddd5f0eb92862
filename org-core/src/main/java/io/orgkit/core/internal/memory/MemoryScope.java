package io.orgkit.core.internal.memory;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.store.SearchSubject;
import io.orgkit.core.store.TermQuery;
import java.util.Set;
import java.util.function.Predicate;

/** The scope filters of a term query over the in-memory data: a department's subtree, a role's holders. */
final class MemoryScope implements Predicate<String> {
    private final OrgData o;
    private final TermQuery q;

    MemoryScope(OrgData o, TermQuery q) {
        this.o = o;
        this.q = q;
    }

    @Override
    public boolean test(String id) {
        if (q.subject() == SearchSubject.DEPARTMENT) {
            Department d = o.departments.get(DepartmentId.of(id));
            return d != null && (q.pathPrefix() == null || d.path().startsWith(q.pathPrefix()));
        }
        MemberId member = MemberId.of(id);
        if (q.role() != null && !o.roleMembers.getOrDefault(q.role(), Set.of()).contains(member)) {
            return false;
        }
        return q.pathPrefix() == null
                || inSubtree(java.util.Objects.requireNonNull(o.members.get(member)), q.pathPrefix());
    }

    private boolean inSubtree(Member m, String prefix) {
        if (m == null) {
            return false;
        }
        for (DepartmentId d : m.departmentIds()) {
            Department dept = o.departments.get(d);
            if (dept != null && dept.path().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
