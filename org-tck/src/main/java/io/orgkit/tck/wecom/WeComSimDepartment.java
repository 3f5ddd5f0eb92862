package io.orgkit.tck.wecom;

import java.util.List;
import java.util.Objects;

/**
 * A department of the simulated WeCom directory.
 *
 * @param parentId 0 for the root (id 1)
 * @param order    WeCom's {@code order}: among siblings, a larger order comes first
 * @param leaders  {@code department_leader}, user ids
 */
public record WeComSimDepartment(long id, String name, long parentId, long order, List<String> leaders) {
    /**
     * Checks the values and copies {@code leaders}.
     *
     * @throws NullPointerException if {@code name} or {@code leaders} is null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public WeComSimDepartment {
        Objects.requireNonNull(name, "name");
        leaders = List.copyOf(leaders);
        if (id < 1) {
            throw new IllegalArgumentException("department id must be positive: " + id);
        }
    }

    /** Whether this is the top department (id 1). */
    public boolean isRoot() {
        return id == WeComSimDirectory.ROOT_ID;
    }

    WeComSimDepartment with(String newName, long newParent, long newOrder, List<String> newLeaders) {
        return new WeComSimDepartment(id, newName, newParent, newOrder, newLeaders);
    }
}
