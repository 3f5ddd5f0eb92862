package io.orgkit.core.members;

import io.orgkit.core.departments.DepartmentId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
     * @return the member as stored (fields normalized)
     * @throws io.orgkit.core.ValidationException for a bad field or an unknown department
     * @throws io.orgkit.core.ConflictException for an employee ID, phone or email another member (active or
     *     resigned) holds; the message names the holder and, for a resigned one, how to re-hire them
     * @throws io.orgkit.core.ReadOnlyOrganizationException in a synced organization
     */
    Member add(NewMember member);

    /**
     * Adds all or none: one invalid entry refuses the whole list.
     *
     * @param members the new members
     * @return the members as stored, in the given order
     * @throws io.orgkit.core.ValidationException for a bad field (named {@code members[i].field})
     * @throws io.orgkit.core.ConflictException for a taken employee ID, phone or email
     * @throws io.orgkit.core.ReadOnlyOrganizationException in a synced organization
     */
    List<Member> addAll(List<NewMember> members);

    /**
     * The member, active or resigned.
     *
     * @param id the member's id
     * @return the member
     * @throws io.orgkit.core.NotFoundException when no member of this organization has the id
     */
    Member get(MemberId id);

    /**
     * Changes a member's fields.
     *
     * @param id the member's id
     * @param update the fields to change
     * @return the member as stored
     * @throws io.orgkit.core.NotFoundException when the member does not exist
     * @throws io.orgkit.core.ValidationException for a bad field
     * @throws io.orgkit.core.ConflictException for a taken employee ID, phone or email
     * @throws io.orgkit.core.ReadOnlyOrganizationException in a synced organization
     */
    Member update(MemberId id, MemberUpdate update);

    /**
     * Replaces the member's departments; {@code main} must be one of them.
     *
     * @param id the member's id
     * @param departments the departments
     * @param main the main department, one of {@code departments}
     * @return the member as stored
     * @throws io.orgkit.core.NotFoundException when the member does not exist
     * @throws io.orgkit.core.ValidationException when {@code main} is not among the departments or one is unknown
     * @throws io.orgkit.core.ReadOnlyOrganizationException in a synced organization
     */
    Member moveTo(MemberId id, List<DepartmentId> departments, DepartmentId main);

    /**
     * Resigns members in one call: each becomes resigned (kept, with the date), leaves department listings
     * and search, every role and every leader post. Already resigned members are left as they are.
     * Refused as a whole if any id is unknown.
     *
     * @param ids the members
     * @return the members as stored
     * @throws io.orgkit.core.NotFoundException when an id is unknown (nothing is resigned)
     * @throws io.orgkit.core.ReadOnlyOrganizationException in a synced organization
     */
    List<Member> resign(Collection<MemberId> ids);

    /**
     * Re-hires a resigned member, keeping their identity: the same member (id, employee ID, phone, email, creation
     * time, external id) is active again in the departments they had (departments deleted meanwhile were replaced
     * by their parent). Listeners and the feed get {@code MemberReactivated}. Roles, leader and manager posts left
     * at the resignation are not given back; the account password stays disabled until one is set
     * ({@code accounts().setPassword}).
     *
     * @param id the resigned member
     * @return the member as stored
     * @throws io.orgkit.core.NotFoundException when the member does not exist
     * @throws io.orgkit.core.ConflictException (field {@code status}) when the member is not resigned
     * @throws io.orgkit.core.ReadOnlyOrganizationException in a synced organization (the platform decides; a sync
     *     reactivates a member the platform lists again)
     */
    Member rehire(MemberId id);

    /**
     * Re-hires a resigned member into other departments; otherwise as {@link #rehire(MemberId)} (the change of
     * departments also raises {@code MemberUpdated}).
     *
     * @param id the resigned member
     * @param departments the departments to come back to
     * @param main the main department, one of {@code departments}
     * @return the member as stored
     * @throws io.orgkit.core.NotFoundException when the member does not exist
     * @throws io.orgkit.core.ValidationException when {@code main} is not among the departments or one is unknown
     * @throws io.orgkit.core.ConflictException (field {@code status}) when the member is not resigned
     * @throws io.orgkit.core.ReadOnlyOrganizationException in a synced organization
     */
    Member rehire(MemberId id, List<DepartmentId> departments, DepartmentId main);

    /**
     * Erases a member's personal data for good (PIPL, GDPR): an active member resigns first (roles, posts and the
     * password given up, {@code MemberResigned}); then the record keeps only what an audit needs — the id, the
     * creation and resignation times, the departments — and is {@link MemberStatus#ERASED}: the name becomes
     * {@link Member#ERASED_NAME}, and employee ID, phone, email, position, external id and account state are
     * cleared (so they are free for others), the password credential and search terms are deleted, and the feed's
     * stored entries of the member lose its name (event kinds, ids and times stay). Raises {@code MemberErased}.
     * An erased member can no longer be changed or re-hired. Erasing an erased member does nothing.
     *
     * @param id the member
     * @return the record as stored
     * @throws io.orgkit.core.NotFoundException when the member does not exist
     * @throws io.orgkit.core.ReadOnlyOrganizationException for an active member of a synced organization (remove
     *     them on the platform and sync first; a resigned one can be erased)
     */
    Member erase(MemberId id);

    /**
     * Active members of the organization, by name.
     *
     * @return the members
     */
    List<Member> list();

    /**
     * One page of the active members, by name then id. Start with a null cursor, then pass each page's
     * {@link io.orgkit.core.Page#next()}; see {@link io.orgkit.core.Page} for what a walk guarantees while members are
     * added or removed.
     *
     * @param cursor null for the first page, else the {@code next()} of the page before
     * @param limit the page size, 1-{@value io.orgkit.core.Page#MAX_LIMIT}
     * @return the page
     * @throws io.orgkit.core.ValidationException for a cursor that is not one of this listing ({@code cursor}) or a
     *     limit out of range ({@code limit})
     */
    io.orgkit.core.Page<Member> list(@org.jspecify.annotations.Nullable String cursor, int limit);

    /**
     * Resigned members (not erased ones), by name.
     *
     * @return the members
     */
    List<Member> resigned();

    /**
     * The number of active members.
     *
     * @return the count
     */
    long count();

    /**
     * The member (active or resigned) with this employee ID, compared as uniqueness compares it: case-insensitively
     * after NFC, white space at the ends ignored. An indexed lookup in every store.
     *
     * @param employeeId the employee ID
     * @return the member, or empty
     * @throws io.orgkit.core.ValidationException (field {@code employeeId}) for a blank, too long or refused value
     */
    Optional<Member> findByEmployeeId(String employeeId);

    /**
     * The member (active or resigned) with this phone, in any format members may be written with
     * ({@code 138-0013-8000}, {@code +86 138 0013 8000}: read with the service's phone region, as on a write).
     *
     * @param phone the phone
     * @return the member, or empty
     * @throws io.orgkit.core.ValidationException (field {@code phone}) for a blank value or one that is no phone
     *     number
     */
    Optional<Member> findByPhone(String phone);

    /**
     * The member (active or resigned) with this email, compared lower-cased.
     *
     * @param email the email
     * @return the member, or empty
     * @throws io.orgkit.core.ValidationException (field {@code email}) for a blank value or one that is no email
     *     address
     */
    Optional<Member> findByEmail(String email);

    /**
     * The member (active or resigned) the organization's platform knows by this user id (synced organizations),
     * compared exactly.
     *
     * @param externalId the platform's user id
     * @return the member, or empty
     * @throws io.orgkit.core.ValidationException (field {@code externalId}) for a blank value or one longer than
     *     255 characters
     */
    Optional<Member> findByExternalId(String externalId);
}
