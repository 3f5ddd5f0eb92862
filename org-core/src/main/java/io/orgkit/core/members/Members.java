package io.orgkit.core.members;

import io.orgkit.core.departments.DepartmentId;
import java.util.Collection;
import java.util.List;

/**
 * The members of one organization. Names are 1-100 characters; employee ID, phone and email are unique
 * within the organization when present; phones and emails are validated. Synced organizations refuse
 * changes here (edit on the platform, then sync).
 */
public interface Members {

    /**
     * Adds a member.
     *
     * @param member the new member's fields and departments
     * @return the stored member
     * @throws io.orgkit.core.ValidationException when a field is invalid (name, phone, email...) or no department is
     *     given
     * @throws io.orgkit.core.ConflictException when another member of the organization has the same employee ID, phone
     *     or email
     * @throws io.orgkit.core.NotFoundException when a department does not exist in this organization
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    Member add(NewMember member);

    /**
     * Adds all or none: one invalid entry refuses the whole list.
     *
     * @throws io.orgkit.core.ValidationException when an entry is invalid (the error names it, e.g. {@code
     *     members[2].phone})
     * @throws io.orgkit.core.ConflictException when two entries, or an entry and a member, share an employee ID, phone
     *     or email
     * @throws io.orgkit.core.NotFoundException when a department does not exist in this organization
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    List<Member> addAll(List<NewMember> members);

    /**
     * A member of this organization, active or resigned.
     *
     * @param id the member's id
     * @return the member
     * @throws io.orgkit.core.NotFoundException when this organization has no such member
     */
    Member get(MemberId id);

    /**
     * Changes a member's fields; fields the update leaves out keep their value.
     *
     * @param id the member
     * @param update the changes
     * @return the updated member
     * @throws io.orgkit.core.ValidationException when a new value is invalid
     * @throws io.orgkit.core.ConflictException when another member has the same employee ID, phone or email
     * @throws io.orgkit.core.NotFoundException when this organization has no such member
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    Member update(MemberId id, MemberUpdate update);

    /**
     * Replaces the member's departments; {@code main} must be one of them.
     *
     * @throws io.orgkit.core.NotFoundException when the member or a department does not exist in this organization
     * @throws io.orgkit.core.ValidationException when no department is given or {@code main} is not among them
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    Member moveTo(MemberId id, List<DepartmentId> departments, DepartmentId main);

    /**
     * Resigns members in one call: each becomes resigned (kept, with the date), leaves department listings
     * and search, every role and every leader post. Already resigned members are left as they are.
     * Refused as a whole if any id is unknown.
     *
     * @throws io.orgkit.core.NotFoundException when an id is unknown in this organization (nobody is resigned)
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     */
    List<Member> resign(Collection<MemberId> ids);

    /** Active members of the organization, by name. */
    List<Member> list();

    /** Resigned members, by name. */
    List<Member> resigned();

    /** {@return the number of active members} */
    long count();
}
