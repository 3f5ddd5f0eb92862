package io.orgkit.tck.graph;

/** The Graph application permissions the simulated app may be granted (admin consent given) or not. */
public enum GraphPermission {
    /** {@code User.Read.All}: {@code /users}, {@code /users/delta}, {@code /users/{id}/manager}. */
    USER_READ_ALL("User.Read.All"),
    /** {@code GroupMember.Read.All}: {@code /groups/{id}}, its members and owners. */
    GROUP_MEMBER_READ_ALL("GroupMember.Read.All");

    private final String scope;

    GraphPermission(String scope) {
        this.scope = scope;
    }

    /** The permission's name as the Entra admin center shows it. */
    public String scope() {
        return scope;
    }
}
