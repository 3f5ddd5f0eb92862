package io.orgkit.tck.dingtalk;

import java.util.List;
import java.util.Objects;

/**
 * A department of the simulated directory.
 *
 * @param parentId 0 for the root department (id 1)
 * @param order    position among siblings (DingTalk's {@code order}; smaller first)
 * @param managers user ids of the department's managers ({@code dept_manager_userid_list})
 */
public record SimDepartment(long id, String name, long parentId, long order, List<String> managers) {
    /**
     * Validates the department and copies its managers.
     *
     * @throws NullPointerException when the name is null
     * @throws IllegalArgumentException when the id is not positive
     */
    public SimDepartment {
        Objects.requireNonNull(name, "name");
        managers = List.copyOf(managers);
        if (id < 1) {
            throw new IllegalArgumentException("department id must be positive: " + id);
        }
    }

    /** {@return whether this is the root department} */
    public boolean isRoot() {
        return id == SimDirectory.ROOT_ID;
    }

    SimDepartment withName(String newName) {
        return new SimDepartment(id, newName, parentId, order, managers);
    }

    SimDepartment withParent(long newParent) {
        return new SimDepartment(id, name, newParent, order, managers);
    }

    SimDepartment withOrder(long newOrder) {
        return new SimDepartment(id, name, parentId, newOrder, managers);
    }

    SimDepartment withManagers(List<String> newManagers) {
        return new SimDepartment(id, name, parentId, order, newManagers);
    }
}
