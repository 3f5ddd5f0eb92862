package io.orgkit.examples.boot;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Role;
import io.orgkit.core.search.Highlight;
import io.orgkit.core.search.MemberHit;
import io.orgkit.core.sync.SyncChange;
import io.orgkit.core.sync.SyncFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the REST API (ids as plain strings). */
final class Dtos {
    private Dtos() {}

    record OrgView(String id, String name, String type, boolean synced, boolean isDefault, String leaderId) {
        static OrgView of(Organization o) {
            return new OrgView(
                    o.id().value(),
                    o.name(),
                    o.type(),
                    o.isSynced(),
                    o.isDefault(),
                    o.leaderId() == null ? null : o.leaderId().value());
        }
    }

    record DepartmentNode(
            String id, String name, String parentId, List<String> managerIds, List<DepartmentNode> children) {}

    static DepartmentNode tree(List<Department> subtree) {
        Map<String, DepartmentNode> byId = new java.util.LinkedHashMap<>();
        DepartmentNode root = null;
        for (Department d : subtree) {
            DepartmentNode n = new DepartmentNode(
                    d.id().value(),
                    d.name(),
                    d.parentId() == null ? null : d.parentId().value(),
                    d.managerIds().stream().map(m -> m.value()).toList(),
                    new ArrayList<>());
            byId.put(n.id(), n);
            DepartmentNode parent = n.parentId() == null ? null : byId.get(n.parentId());
            if (parent != null) {
                parent.children().add(n);
            } else if (root == null) {
                root = n;
            }
        }
        return root;
    }

    record MemberView(
            String id,
            String name,
            String employeeId,
            String phone,
            String email,
            String position,
            List<String> departmentIds,
            String mainDepartmentId,
            String status,
            String externalId) {
        static MemberView of(Member m) {
            return new MemberView(
                    m.id().value(),
                    m.name(),
                    m.employeeId(),
                    m.phone(),
                    m.email(),
                    m.position(),
                    m.departmentIds().stream().map(d -> d.value()).toList(),
                    m.mainDepartmentId().value(),
                    m.status().name(),
                    m.externalId());
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {}

    record HighlightView(String field, int start, int end) {
        static HighlightView of(Highlight h) {
            return new HighlightView(h.field().name(), h.start(), h.end());
        }
    }

    record HitView(MemberView member, List<HighlightView> highlights) {
        static HitView of(MemberHit h) {
            return new HitView(
                    MemberView.of(h.member()),
                    h.highlights().stream().map(HighlightView::of).toList());
        }
    }

    record SearchView(List<HitView> hits, String next) {}

    record RoleView(String id, String name, String key) {
        static RoleView of(Role r) {
            return new RoleView(r.id().value(), r.name(), r.key());
        }
    }

    record RoleGroupView(String id, String name, List<RoleView> roles) {}

    record PlanView(
            String id,
            Map<String, Integer> counts,
            List<SyncChange> changes,
            List<SyncFailure> failures,
            boolean held,
            String heldReason,
            int remoteDepartments,
            int remoteMembers,
            long apiCalls) {}

    // request bodies

    record NewDepartment(String parentId, String name) {}

    record Rename(String name) {}

    record Move(String parentId) {}

    record Merge(List<String> sourceIds, String targetId) {}

    record MemberBody(
            String name,
            String employeeId,
            String phone,
            String email,
            String position,
            List<String> departmentIds,
            String mainDepartmentId) {}

    record MemberIds(List<String> memberIds) {}

    record Leader(String memberId) {}

    record NewRoleGroup(String name) {}

    record NewRole(String groupId, String name) {}

    record Approve(String planId) {}
}
