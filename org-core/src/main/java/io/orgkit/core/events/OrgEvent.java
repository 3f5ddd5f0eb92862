package io.orgkit.core.events;

import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.RoleId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something that changed in an organization. Listeners receive events after the change is stored, never for a
 * change that failed; the same events are kept in an ordered feed ({@code OrganizationService.events()}).
 */
public sealed interface OrgEvent {
    /** {@return the organization the change happened in} */
    OrgId orgId();

    /** {@return when the change was stored} */
    Instant at();

    /** The event's type name in the feed, e.g. {@code MemberResigned}. */
    default String type() {
        return getClass().getSimpleName();
    }

    /**
     * An organization was created.
     *
     * @param orgId the organization
     * @param at when
     * @param name its name
     * @param organizationType {@code generic} or a provider's type
     */
    record OrganizationCreated(OrgId orgId, Instant at, String name, String organizationType) implements OrgEvent {}

    /**
     * An organization was renamed.
     *
     * @param orgId the organization
     * @param at when
     * @param name the new name
     */
    record OrganizationRenamed(OrgId orgId, Instant at, String name) implements OrgEvent {}

    /**
     * Whether people may ask to join the organization changed.
     *
     * @param orgId the organization
     * @param at when
     * @param allowJoin the new setting
     */
    record JoinPolicyChanged(OrgId orgId, Instant at, boolean allowJoin) implements OrgEvent {}

    /**
     * The organization's leader changed.
     *
     * @param orgId the organization
     * @param at when
     * @param leader the new leader, or null when it has none
     */
    record LeaderChanged(OrgId orgId, Instant at, @Nullable MemberId leader) implements OrgEvent {}

    /**
     * A department was created.
     *
     * @param orgId the organization
     * @param at when
     * @param department the new department
     * @param parent its parent, or null for the root
     * @param name its name
     */
    record DepartmentCreated(
            OrgId orgId,
            Instant at,
            DepartmentId department,
            @Nullable DepartmentId parent,
            String name) implements OrgEvent {}

    /**
     * A department was renamed.
     *
     * @param orgId the organization
     * @param at when
     * @param department the department
     * @param name the new name
     */
    record DepartmentRenamed(OrgId orgId, Instant at, DepartmentId department, String name) implements OrgEvent {}

    /**
     * A department moved under another parent (with its subtree).
     *
     * @param orgId the organization
     * @param at when
     * @param department the department
     * @param newParent its new parent
     */
    record DepartmentMoved(OrgId orgId, Instant at, DepartmentId department, DepartmentId newParent)
            implements OrgEvent {}

    /**
     * Departments were merged into one: their members moved to the target, the sources were deleted.
     *
     * @param orgId the organization
     * @param at when
     * @param sources the merged departments
     * @param target the department that received their members
     */
    record DepartmentsMerged(OrgId orgId, Instant at, List<DepartmentId> sources, DepartmentId target)
            implements OrgEvent {
        /** Copies the sources. */
        public DepartmentsMerged {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A department was deleted.
     *
     * @param orgId the organization
     * @param at when
     * @param department the deleted department
     */
    record DepartmentDeleted(OrgId orgId, Instant at, DepartmentId department) implements OrgEvent {}

    /**
     * A department's managers changed.
     *
     * @param orgId the organization
     * @param at when
     * @param department the department
     * @param managers its managers now
     */
    record DepartmentManagersChanged(OrgId orgId, Instant at, DepartmentId department, List<MemberId> managers)
            implements OrgEvent {
        /** Copies the managers. */
        public DepartmentManagersChanged {
            managers = List.copyOf(managers);
        }
    }

    /**
     * A member was added.
     *
     * @param orgId the organization
     * @param at when
     * @param member the new member
     * @param name the member's name
     */
    record MemberAdded(OrgId orgId, Instant at, MemberId member, String name) implements OrgEvent {}

    /**
     * A member's fields or departments changed.
     *
     * @param orgId the organization
     * @param at when
     * @param member the member
     */
    record MemberUpdated(OrgId orgId, Instant at, MemberId member) implements OrgEvent {}

    /**
     * A member resigned (kept on record, gone from contacts and roles).
     *
     * @param orgId the organization
     * @param at when
     * @param member the member
     */
    record MemberResigned(OrgId orgId, Instant at, MemberId member) implements OrgEvent {}

    /**
     * A resigned member became active again.
     *
     * @param orgId the organization
     * @param at when
     * @param member the member
     */
    record MemberReactivated(OrgId orgId, Instant at, MemberId member) implements OrgEvent {}

    /**
     * A member's personal data was deleted for good ({@code members().erase}); the member's id stays, and the feed's
     * earlier events of the member no longer carry their name.
     *
     * @param orgId the organization
     * @param at when
     * @param member the erased member
     */
    record MemberErased(OrgId orgId, Instant at, MemberId member) implements OrgEvent {}

    /**
     * The organization and all its data were deleted ({@code OrganizationService.delete}); this is the one entry of
     * the organization the feed keeps.
     *
     * @param orgId the deleted organization
     * @param at when
     */
    record OrganizationDeleted(OrgId orgId, Instant at) implements OrgEvent {}

    /**
     * A role's holders changed.
     *
     * @param orgId the organization
     * @param at when
     * @param role the role
     * @param added members who now hold it
     * @param removed members who no longer hold it
     */
    record RoleMembersChanged(OrgId orgId, Instant at, RoleId role, List<MemberId> added, List<MemberId> removed)
            implements OrgEvent {
        /** Copies the lists. */
        public RoleMembersChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /** A sync finished and its changes are stored; {@code counts} by kind of change. */
    record SyncCompleted(OrgId orgId, Instant at, Map<String, Integer> counts) implements OrgEvent {
        /** Copies the counts. */
        public SyncCompleted {
            counts = Map.copyOf(counts);
        }
    }
}
