package io.orgkit.core.store;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The primitive operations of a store, valid inside one {@link OrgStore#write} or {@link OrgStore#read}.
 * Every operation on organization data takes the {@link OrgId} and never reaches another organization's
 * rows. Stores keep data as given: validation and rules are core's job. A store refuses a duplicate key
 * (id, external id, or a {@link UniqueKey} value within an organization) with
 * {@link io.orgkit.core.ConflictException}, so concurrent writers can never store a duplicate.
 *
 * <p>Lists come back in a stable order: departments by (order, name, id); members by (name, id);
 * roles and groups by (name, id); ids sorted by value.
 */
public interface StoreSession {

    // ---- organizations -------------------------------------------------------------------------

    /**
     * Inserts a new organization.
     *
     * @param org the organization
     * @throws io.orgkit.core.ConflictException when an organization with its id exists
     */
    void insertOrganization(Organization org);

    /**
     * Locks the organization for the rest of this write transaction and returns it as stored now. Until the
     * transaction ends, any other write transaction that locks the same organization (in this process or in
     * another one sharing the database) waits; what this transaction reads after the call is what the last
     * writer committed. Core calls it first in every write transaction that changes an organization's data, so
     * writes of one organization run one after another; writes of different organizations do not wait for
     * each other (a store may serialise more, as {@link InMemoryStore} does).
     *
     * @return the organization, or empty when it does not exist (nothing is locked then)
     * @throws io.orgkit.core.ConflictException when the lock is not granted within the store's lock timeout
     *         (the transaction is rolled back; try again)
     * @throws IllegalStateException when called in a read transaction
     */
    Optional<Organization> lockOrganization(OrgId id);

    /** Replaces the stored organization of the same id. */
    void updateOrganization(Organization org);

    /**
     * The organization as stored, without locking it.
     *
     * @param id the organization's id
     * @return the organization, or empty when it does not exist
     */
    Optional<Organization> organization(OrgId id);

    /** All organizations, by creation time. */
    List<Organization> organizations();

    // ---- departments ---------------------------------------------------------------------------

    /**
     * Inserts a new department.
     *
     * @param department the department
     * @throws io.orgkit.core.ConflictException when its id, or its external id within the organization, is taken
     */
    void insertDepartment(Department department);

    /** Replaces name, order, parent, path, external id and managers of the stored department. */
    void updateDepartment(Department department);

    /** Inserts many departments at once (used by sync and import); same rules as {@link #insertDepartment}. */
    default void insertDepartments(Collection<Department> departments) {
        departments.forEach(this::insertDepartment);
    }

    /**
     * Deletes a department (core has moved its members and children first); an unknown id is ignored.
     *
     * @param org the organization
     * @param id the department
     */
    void deleteDepartment(OrgId org, DepartmentId id);

    /**
     * A department of the organization.
     *
     * @param org the organization
     * @param id the department's id
     * @return the department, or empty when the organization has none with this id
     */
    Optional<Department> department(OrgId org, DepartmentId id);

    /**
     * The department a platform knows by {@code externalId}.
     *
     * @param org the organization
     * @param externalId the platform's id of the department
     * @return the department, or empty when none has it
     */
    Optional<Department> departmentByExternalId(OrgId org, String externalId);

    /** Direct children of {@code parent}. */
    List<Department> children(OrgId org, DepartmentId parent);

    /** Every department whose path starts with {@code pathPrefix} (a department's own path gives its subtree, itself included). */
    List<Department> subtree(OrgId org, String pathPrefix);

    /** All departments of the organization. */
    List<Department> departments(OrgId org);

    /**
     * Rewrites the path of every department under {@code oldPrefix} (the prefix replaced by
     * {@code newPrefix}), in one step. Parent ids are not touched. Returns the number of departments changed.
     */
    int replacePathPrefix(OrgId org, String oldPrefix, String newPrefix);

    // ---- members -------------------------------------------------------------------------------

    /**
     * Inserts a new member with its department links.
     *
     * @param member the member
     * @throws io.orgkit.core.ConflictException when its id, its external id or one of its {@link UniqueKey} values is
     *     taken within the organization
     */
    void insertMember(Member member);

    /** Inserts many members at once (used by sync and import); same rules as {@link #insertMember}. */
    default void insertMembers(Collection<Member> members) {
        members.forEach(this::insertMember);
    }

    /** Replaces every field of the stored member of the same id, its department links included. */
    void updateMember(Member member);

    /**
     * A member of the organization, active or resigned.
     *
     * @param org the organization
     * @param id the member's id
     * @return the member, or empty when the organization has none with this id
     */
    Optional<Member> member(OrgId org, MemberId id);

    /** The members among {@code ids} that exist (unknown ids are left out). */
    List<Member> members(OrgId org, Collection<MemberId> ids);

    /**
     * The member a platform knows by {@code externalId}.
     *
     * @param org the organization
     * @param externalId the platform's id of the member
     * @return the member, or empty when none has it
     */
    Optional<Member> memberByExternalId(OrgId org, String externalId);

    /** The member (active or resigned) holding {@code value} for {@code key}; values compare exactly. */
    Optional<Member> memberByKey(OrgId org, UniqueKey key, String value);

    /** Members linked to any of {@code departments}; each member once. */
    List<Member> membersInDepartments(OrgId org, Collection<DepartmentId> departments, boolean includeResigned);

    /** Every member of the organization. */
    List<Member> allMembers(OrgId org, boolean includeResigned);

    /**
     * A page of active members in (name, id) order: the members of the query's scope after its position, at most its
     * limit. The default reads the scope with the other listings and filters; a store with many members per
     * organization overrides it with a keyset query on an index (the JDBC store does).
     *
     * @param query scope, position and limit
     * @return the members, in (name, id) order
     */
    default List<Member> memberPage(MemberPageQuery query) {
        OrgId org = query.orgId();
        List<Member> scope;
        if (query.department() != null) {
            scope = membersInDepartments(org, List.of(query.department()), false);
        } else if (query.subtreePath() != null) {
            scope = membersInDepartments(
                    org,
                    subtree(org, query.subtreePath()).stream()
                            .map(Department::id)
                            .toList(),
                    false);
        } else if (query.role() != null) {
            scope = members(org, roleMembers(org, query.role())).stream()
                    .filter(Member::isActive)
                    .toList();
        } else {
            scope = allMembers(org, false);
        }
        return scope.stream()
                .filter(m -> query.isAfter(m.name(), m.id()))
                .sorted(java.util.Comparator.comparing(Member::name).thenComparing(m -> m.id().value()))
                .limit(query.limit())
                .toList();
    }

    /** Number of members (active only, or all). */
    long countMembers(OrgId org, boolean includeResigned);

    /**
     * Replaces the search terms of each entry's subject with the entry's terms (no terms: the subject leaves
     * search). Core derives the terms at every write of a member or department; the store keeps and indexes them.
     */
    void putSearchEntries(Collection<SearchEntry> entries);

    /**
     * As {@link #putSearchEntries}, for entries derived on demand (core passes the members it writes this way). A
     * store may derive each entry later than the write, as long as every search — in this transaction or a later
     * one — sees the entries derived and applied in the order they were put, and a rollback takes them back. The
     * default derives them now and puts them.
     *
     * @param entries the subjects' entries, in write order
     */
    default void putLazySearchEntries(Collection<LazySearchEntry> entries) {
        putSearchEntries(entries.stream().map(e -> e.entry().get()).toList());
    }

    /**
     * The first matches of {@code query} in {@link TermMatch} order, using an index (never a scan of every
     * subject): a term equal to the needle and whole ranks {@link TermMatch#EXACT}, starting with it
     * {@link TermMatch#PREFIX}, containing it elsewhere {@link TermMatch#CONTAINS} (only when
     * {@link TermQuery#anywhere()}); each subject once with its best rank. Scope filters apply in the store.
     */
    List<TermMatch> searchTerms(TermQuery query);

    // ---- roles ---------------------------------------------------------------------------------

    /**
     * Inserts a new role group.
     *
     * @param group the group
     * @throws io.orgkit.core.ConflictException when its id is taken
     */
    void insertRoleGroup(RoleGroup group);

    /**
     * Replaces the stored role group of the same id.
     *
     * @param group the group
     */
    void updateRoleGroup(RoleGroup group);

    /**
     * Deletes a role group (core has deleted its roles first); an unknown id is ignored.
     *
     * @param org the organization
     * @param id the group
     */
    void deleteRoleGroup(OrgId org, RoleGroupId id);

    /**
     * A role group of the organization.
     *
     * @param org the organization
     * @param id the group's id
     * @return the group, or empty when there is none
     */
    Optional<RoleGroup> roleGroup(OrgId org, RoleGroupId id);

    /**
     * All role groups of the organization.
     *
     * @param org the organization
     * @return the groups, by (name, id)
     */
    List<RoleGroup> roleGroups(OrgId org);

    /**
     * Inserts a new role.
     *
     * @param role the role
     * @throws io.orgkit.core.ConflictException when its id, or its key within the organization, is taken
     */
    void insertRole(Role role);

    /**
     * Replaces the stored role of the same id.
     *
     * @param role the role
     */
    void updateRole(Role role);

    /** Deletes the role and its member links. */
    void deleteRole(OrgId org, RoleId id);

    /**
     * A role of the organization.
     *
     * @param org the organization
     * @param id the role's id
     * @return the role, or empty when there is none
     */
    Optional<Role> role(OrgId org, RoleId id);

    /**
     * The role with a fixed key (the administrator role, say).
     *
     * @param org the organization
     * @param key the role's key
     * @return the role, or empty when none has the key
     */
    Optional<Role> roleByKey(OrgId org, String key);

    /**
     * All roles of the organization.
     *
     * @param org the organization
     * @return the roles, by (name, id)
     */
    List<Role> roles(OrgId org);

    /** Links members to the role; links that exist already are kept once. */
    void addRoleMembers(OrgId org, RoleId role, Collection<MemberId> members);

    /** Unlinks members from the role; missing links are ignored. */
    void removeRoleMembers(OrgId org, RoleId role, Collection<MemberId> members);

    /** Removes the member from every role. */
    void removeMemberFromAllRoles(OrgId org, MemberId member);

    /**
     * The holders of a role.
     *
     * @param org the organization
     * @param role the role
     * @return the members linked to it
     */
    Set<MemberId> roleMembers(OrgId org, RoleId role);

    /**
     * The roles a member holds.
     *
     * @param org the organization
     * @param member the member
     * @return the roles it is linked to
     */
    Set<RoleId> rolesOfMember(OrgId org, MemberId member);

    // ---- credentials ---------------------------------------------------------------------------

    /**
     * Stores a member's password hash, replacing the one stored.
     *
     * @param org the organization
     * @param member the member
     * @param credential the hash and its state
     */
    void saveCredential(OrgId org, MemberId member, PasswordCredential credential);

    /**
     * A member's stored password hash.
     *
     * @param org the organization
     * @param member the member
     * @return the credential, or empty when the member has none
     */
    Optional<PasswordCredential> credential(OrgId org, MemberId member);

    /**
     * Deletes the member's credential (erasure); nothing when there is none.
     *
     * @param org the organization
     * @param member the member
     */
    void deleteCredential(OrgId org, MemberId member);

    // ---- attributes: small per-organization values core keeps (sealed provider secrets, sync state) --

    /**
     * A value core keeps for the organization.
     *
     * @param org the organization
     * @param key the value's key
     * @return the value, or empty when none is stored
     */
    Optional<String> attribute(OrgId org, String key);

    /** Stores {@code value} under {@code key}; null removes it. */
    void putAttribute(OrgId org, String key, @Nullable String value);

    // ---- single-use values: sign-in states, callback nonces (expiring, taken at most once) ---------------

    /**
     * Stores {@code value} under ({@code kind}, {@code key}) until {@code expiresAt}. A key still stored (even if
     * expired but not yet deleted) is refused with {@link io.orgkit.core.ConflictException}, so two instances can
     * never both record the same key: that is how a replayed callback or a reused state is recognised.
     */
    void insertSingleUse(OrgId org, String kind, String key, String value, Instant expiresAt);

    /**
     * Removes the value stored under ({@code kind}, {@code key}) and returns it if it had not expired at {@code now};
     * empty when it is unknown, expired, or was taken already (by this or a concurrent transaction).
     */
    Optional<String> takeSingleUse(OrgId org, String kind, String key, Instant now);

    /** Deletes every single-use value (of every organization) that expired before {@code now}; returns how many. */
    int deleteExpiredSingleUse(Instant now);

    // ---- event feed ----------------------------------------------------------------------------

    /** Appends an event to the feed; it becomes visible with the transaction's commit. Returns its sequence. */
    long appendEvent(OrgId org, String type, String payload, Instant at);

    /**
     * Appends many events in the given order, with consecutive sequences; the same as calling
     * {@link #appendEvent} for each, which stores may do in fewer round trips. Returns the last sequence given,
     * or 0 for an empty list.
     */
    default long appendEvents(List<NewEvent> events) {
        long last = 0;
        for (NewEvent e : events) {
            last = appendEvent(e.orgId(), e.type(), e.payload(), e.at());
        }
        return last;
    }

    /** Events with a sequence above {@code afterSequence}, ascending, at most {@code limit}. */
    List<StoredEvent> eventsAfter(long afterSequence, int limit);

    /**
     * The events of one organization with a sequence above {@code afterSequence}, ascending, at most {@code limit},
     * through an index on (organization, sequence) (never a scan of other organizations' events).
     *
     * @param org the organization
     * @param afterSequence 0 for the beginning
     * @param limit at most this many
     * @return the events
     */
    List<StoredEvent> eventsOf(OrgId org, long afterSequence, int limit);

    /**
     * Replaces the payload of a stored event of {@code org} (erasure scrubs personal data from the feed); nothing
     * when there is no such event of that organization. Sequence, type and time stay.
     *
     * @param org the organization
     * @param sequence the event's sequence
     * @param payload the new payload
     */
    void replaceEventPayload(OrgId org, long sequence, String payload);

    // ---- erasure -------------------------------------------------------------------------------

    /**
     * Deletes the organization and everything of it, for good: departments, members and their links, roles, role
     * groups and their members, credentials, attributes (sealed secrets, settings, sync state), search terms,
     * single-use values and its event feed entries. Other organizations are not touched. Leases are not
     * organization rows: core releases the organization's sync lease itself. Core locks the organization first.
     *
     * @param org the organization
     */
    void deleteOrganization(OrgId org);
}
