package io.orgkit.core.departments;

import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import java.util.List;

/**
 * The department tree of one organization. Every organization has one root; names are 1-100 characters;
 * siblings keep their order. Synced organizations refuse changes here (edit on the platform, then sync),
 * except where noted.
 */
public interface Departments {

    /** The organization's root department. */
    Department root();

    /**
     * A department of this organization.
     *
     * @param id the department's id
     * @return the department
     * @throws io.orgkit.core.NotFoundException when this organization has no such department
     */
    Department get(DepartmentId id);

    /**
     * Creates a department under {@code parent}, last among its siblings.
     *
     * @throws io.orgkit.core.ValidationException when the name is blank or too long, or the tree would be too deep
     * @throws io.orgkit.core.NotFoundException when the parent does not exist in this organization
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    Department create(DepartmentId parent, String name);

    /**
     * Creates a department under {@code parent}, last among its siblings.
     *
     * @param parent the parent department
     * @param name 1-100 characters
     * @return the new department
     * @throws io.orgkit.core.ValidationException when the name is blank or too long
     * @throws io.orgkit.core.NotFoundException when the parent does not exist in this organization
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    default Department create(Department parent, String name) {
        return create(parent.id(), name);
    }

    /**
     * Renames a department (the root too).
     *
     * @param id the department
     * @param name 1-100 characters
     * @return the renamed department
     * @throws io.orgkit.core.ValidationException when the name is blank or too long
     * @throws io.orgkit.core.NotFoundException when the department does not exist in this organization
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    Department rename(DepartmentId id, String name);

    /**
     * Moves {@code id} (with its subtree) under {@code newParent}, last among its new siblings. Refused for the root and for a target inside the subtree.
     *
     * @throws io.orgkit.core.NotFoundException when either department does not exist in this organization
     * @throws io.orgkit.core.ConflictException for the root, or a new parent inside the moved subtree
     * @throws io.orgkit.core.ValidationException when the tree would be too deep
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    Department move(DepartmentId id, DepartmentId newParent);

    /**
     * Puts the children of {@code parent} in the given order; the list must name every child once.
     *
     * @throws io.orgkit.core.NotFoundException when the parent does not exist in this organization
     * @throws io.orgkit.core.ValidationException when the list does not name every child exactly once
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    List<Department> reorder(DepartmentId parent, List<DepartmentId> childrenInOrder);

    /**
     * Merges {@code sources} into {@code target}: their members and child departments move to the target
     * (a member in several merged departments ends up once), then the sources are deleted. Refused when a
     * source is the target, the root, or an ancestor of the target.
     *
     * @throws io.orgkit.core.NotFoundException when a department does not exist in this organization
     * @throws io.orgkit.core.ValidationException when no source is named
     * @throws io.orgkit.core.ConflictException when a source is the target, the root, or an ancestor of the target
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    Department merge(List<DepartmentId> sources, DepartmentId target);

    /**
     * Deletes an empty department: refused while it has child departments or active members.
     *
     * @throws io.orgkit.core.NotFoundException when the department does not exist in this organization
     * @throws io.orgkit.core.ConflictException for the root, or while it has child departments or active members
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    void delete(DepartmentId id);

    /**
     * Direct children, in sibling order.
     *
     * @throws io.orgkit.core.NotFoundException when the department does not exist in this organization
     */
    List<Department> children(DepartmentId id);

    /**
     * The department and every department below it in tree order: depth first, siblings in their order.
     *
     * @throws io.orgkit.core.NotFoundException when the department does not exist in this organization
     */
    List<Department> subtree(DepartmentId id);

    /**
     * Departments from the root down to {@code id}, both included.
     *
     * @throws io.orgkit.core.NotFoundException when the department does not exist in this organization
     */
    List<Department> pathFromRoot(DepartmentId id);

    /**
     * Names the department's managers (its leaders); they must be active members.
     *
     * @throws io.orgkit.core.NotFoundException when the department or a member does not exist in this organization
     * @throws io.orgkit.core.ValidationException when a manager has resigned
     */
    Department setManagers(DepartmentId id, List<MemberId> managers);

    /**
     * Active members of the department (and of its sub-departments if asked), each once, by name.
     *
     * @throws io.orgkit.core.NotFoundException when the department does not exist in this organization
     */
    List<Member> members(DepartmentId id, boolean includeSubDepartments);

    /**
     * One page of the department's active members (and of its sub-departments if asked), each once, by name then
     * id; see {@link io.orgkit.core.Page}.
     *
     * @param id the department
     * @param includeSubDepartments also the members of every department below it
     * @param cursor null for the first page, else the {@code next()} of the page before
     * @param limit the page size, 1-{@value io.orgkit.core.Page#MAX_LIMIT}
     * @return the page
     * @throws io.orgkit.core.NotFoundException when the department does not exist in this organization
     * @throws io.orgkit.core.ValidationException for a bad cursor or limit
     */
    io.orgkit.core.Page<Member> members(
            DepartmentId id,
            boolean includeSubDepartments,
            @org.jspecify.annotations.Nullable String cursor,
            int limit);
}
