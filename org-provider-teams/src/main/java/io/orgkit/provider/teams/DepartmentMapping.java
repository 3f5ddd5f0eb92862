package io.orgkit.provider.teams;

/**
 * Where the departments of a Teams organization come from (Entra ID has no department entity). Set with
 * {@link TeamsConfig.Builder#departmentMapping} or the setting {@value Teams#DEPARTMENT_MAPPING}; see
 * {@code docs/providers/teams.md} for a worked example.
 */
public enum DepartmentMapping {
    /**
     * The default: the users' {@code department} property becomes a department under the root, grouped under a
     * department for their {@code companyName} when that is set. A department's external id is derived from its
     * name (so renaming a department's string makes a new department and empties the old one). Departments have no
     * managers. Needs {@code User.Read.All}; kept current with {@code /users/delta}.
     */
    DEPARTMENT_FIELD,
    /**
     * The groups nested in one chosen root group ({@value Teams#ROOT_GROUP_ID}) become the department tree: a
     * group's member groups are its sub-departments, its member users are its members, its owners are its
     * managers. A member's main department is the group whose name equals its {@code department} property, else
     * the first group it was found in (breadth-first). Needs {@code GroupMember.Read.All} besides
     * {@code User.Read.All}; full sync only (no delta feed).
     */
    GROUPS
}
