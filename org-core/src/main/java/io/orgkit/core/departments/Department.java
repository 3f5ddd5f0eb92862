package io.orgkit.core.departments;

import io.orgkit.core.internal.Check;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One department of an organization's tree.
 *
 * @param parentId   null only for the organization's root
 * @param order      position among its siblings (ascending)
 * @param path       the materialized path: ids from the root down to this department, each followed by
 *                   {@code /}, e.g. {@code "r/a/b/"}; a subtree is every department whose path starts with it
 * @param externalId the platform's id for synced organizations, null for generic ones
 * @param managerIds the department's leaders (managers)
 */
public record Department(
        DepartmentId id,
        OrgId orgId,
        @Nullable DepartmentId parentId,
        String name,
        long order,
        String path,
        @Nullable String externalId,
        List<MemberId> managerIds) {

    /**
     * Copies the managers; names and the tree are checked by the operations that store a department.
     *
     * @throws io.orgkit.core.ValidationException when a required component is missing
     */
    public Department {
        Check.notNull(id, "id");
        Check.notNull(orgId, "orgId");
        Check.notNull(name, "name");
        Check.notNull(path, "path");
        managerIds = List.copyOf(managerIds);
    }

    /** The path of department {@code id} under a parent with {@code parentPath} (empty for the root). */
    public static String pathUnder(String parentPath, DepartmentId id) {
        return parentPath + id.value() + "/";
    }

    /** {@return whether this is the organization's root department (it has no parent)} */
    public boolean isRoot() {
        return parentId == null;
    }

    /** Number of ancestors: 0 for the root. */
    public int depth() {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes - 1;
    }

    /**
     * A copy with another name; stores nothing (rename with {@code departments().rename}).
     *
     * @param newName the name
     * @return the copy
     */
    public Department withName(String newName) {
        return new Department(id, orgId, parentId, newName, order, path, externalId, managerIds);
    }

    /**
     * A copy with another sort order; stores nothing (reorder with {@code departments().reorder}).
     *
     * @param newOrder the order among its siblings
     * @return the copy
     */
    public Department withOrder(long newOrder) {
        return new Department(id, orgId, parentId, name, newOrder, path, externalId, managerIds);
    }

    /**
     * A copy under another parent; stores nothing and moves no subtree (move with {@code departments().move}).
     *
     * @param newParent the parent
     * @param newPath the path under it
     * @return the copy
     */
    public Department withParent(DepartmentId newParent, String newPath) {
        return new Department(id, orgId, newParent, name, order, newPath, externalId, managerIds);
    }

    /**
     * A copy with other managers; stores nothing (set them with {@code departments().setManagers}).
     *
     * @param newManagers the managers
     * @return the copy
     */
    public Department withManagers(List<MemberId> newManagers) {
        return new Department(id, orgId, parentId, name, order, path, externalId, newManagers);
    }
}
