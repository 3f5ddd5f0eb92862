package io.orgkit.core.organizations;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.roles.RoleId;
import org.jspecify.annotations.Nullable;

/** Where to pick a leader from: all members, one department (with its sub-departments), or one role. */
public record LeaderCandidates(
        @Nullable DepartmentId department, @Nullable RoleId role) {
    public LeaderCandidates {
        if (department != null && role != null) {
            throw ValidationException.of("candidates", "pick candidates from a department or from a role, not both");
        }
    }

    public static LeaderCandidates allMembers() {
        return new LeaderCandidates(null, null);
    }

    public static LeaderCandidates inDepartment(DepartmentId department) {
        return new LeaderCandidates(department, null);
    }

    public static LeaderCandidates withRole(RoleId role) {
        return new LeaderCandidates(null, role);
    }
}
