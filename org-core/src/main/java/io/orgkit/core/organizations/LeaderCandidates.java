package io.orgkit.core.organizations;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.roles.RoleId;
import org.jspecify.annotations.Nullable;

/** Where to pick a leader from: all members, one department (with its sub-departments), or one role. */
public record LeaderCandidates(
        @Nullable DepartmentId department, @Nullable RoleId role) {
    /**
     * Validates the choice.
     *
     * @throws ValidationException when both a department and a role are given
     */
    public LeaderCandidates {
        if (department != null && role != null) {
            throw ValidationException.of("candidates", "pick candidates from a department or from a role, not both");
        }
    }

    /** {@return candidates from every active member} */
    public static LeaderCandidates allMembers() {
        return new LeaderCandidates(null, null);
    }

    /**
     * Candidates from one department's subtree.
     *
     * @param department the department
     * @return the choice
     */
    public static LeaderCandidates inDepartment(DepartmentId department) {
        return new LeaderCandidates(department, null);
    }

    /**
     * Candidates from one role's holders.
     *
     * @param role the role
     * @return the choice
     */
    public static LeaderCandidates withRole(RoleId role) {
        return new LeaderCandidates(null, role);
    }
}
