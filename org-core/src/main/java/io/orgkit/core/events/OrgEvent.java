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
    OrgId orgId();

    Instant at();

    /** The event's type name in the feed, e.g. {@code MemberResigned}. */
    default String type() {
        return getClass().getSimpleName();
    }

    record OrganizationCreated(OrgId orgId, Instant at, String name, String organizationType) implements OrgEvent {}

    record OrganizationRenamed(OrgId orgId, Instant at, String name) implements OrgEvent {}

    record JoinPolicyChanged(OrgId orgId, Instant at, boolean allowJoin) implements OrgEvent {}

    record LeaderChanged(OrgId orgId, Instant at, @Nullable MemberId leader) implements OrgEvent {}

    record DepartmentCreated(
            OrgId orgId,
            Instant at,
            DepartmentId department,
            @Nullable DepartmentId parent,
            String name) implements OrgEvent {}

    record DepartmentRenamed(OrgId orgId, Instant at, DepartmentId department, String name) implements OrgEvent {}

    record DepartmentMoved(OrgId orgId, Instant at, DepartmentId department, DepartmentId newParent)
            implements OrgEvent {}

    record DepartmentsMerged(OrgId orgId, Instant at, List<DepartmentId> sources, DepartmentId target)
            implements OrgEvent {
        public DepartmentsMerged {
            sources = List.copyOf(sources);
        }
    }

    record DepartmentDeleted(OrgId orgId, Instant at, DepartmentId department) implements OrgEvent {}

    record DepartmentManagersChanged(OrgId orgId, Instant at, DepartmentId department, List<MemberId> managers)
            implements OrgEvent {
        public DepartmentManagersChanged {
            managers = List.copyOf(managers);
        }
    }

    record MemberAdded(OrgId orgId, Instant at, MemberId member, String name) implements OrgEvent {}

    record MemberUpdated(OrgId orgId, Instant at, MemberId member) implements OrgEvent {}

    record MemberResigned(OrgId orgId, Instant at, MemberId member) implements OrgEvent {}

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

    record RoleMembersChanged(OrgId orgId, Instant at, RoleId role, List<MemberId> added, List<MemberId> removed)
            implements OrgEvent {
        public RoleMembersChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    /** A sync finished and its changes are stored; {@code counts} by kind of change. */
    record SyncCompleted(OrgId orgId, Instant at, Map<String, Integer> counts) implements OrgEvent {
        public SyncCompleted {
            counts = Map.copyOf(counts);
        }
    }
}
