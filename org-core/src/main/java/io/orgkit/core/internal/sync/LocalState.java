package io.orgkit.core.internal.sync;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoreSession;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The organization as stored, indexed by id and external id: either whole (a full sync: two bulk reads) or a
 * {@link LocalSlice slice} (a change round: only what its changes touch). The planner maps a remote picture onto
 * either the same way; in a slice, {@link #others} are members read for reference only (department managers,
 * holders of unique values) and never planned, and the guard's totals are counted in the store.
 */
final class LocalState {
    final Organization org;
    final Department root;
    final Map<DepartmentId, Department> departments = new java.util.LinkedHashMap<>();
    final Map<String, Department> departmentsByExternalId = new HashMap<>();
    /** The members the planner plans: every member (whole), or those a change round touches (slice). */
    final List<Member> members;

    final Map<String, Member> membersByExternalId = new HashMap<>();
    /** Members read for reference only (a slice): never planned, never written. Empty when whole. */
    final Map<String, Member> others = new HashMap<>();

    private final Map<MemberId, String> memberExternalIds = new HashMap<>();
    private final @Nullable LongSupplier activeCount;
    private final @Nullable LongSupplier departmentCount;

    private LocalState(
            Organization org,
            Collection<Department> departments,
            List<Member> members,
            Collection<Member> others,
            @Nullable LongSupplier activeCount,
            @Nullable LongSupplier departmentCount) {
        this.org = org;
        this.members = members;
        this.activeCount = activeCount;
        this.departmentCount = departmentCount;
        for (Department d : departments) {
            this.departments.put(d.id(), d);
            if (d.externalId() != null) {
                departmentsByExternalId.put(d.externalId(), d);
            }
        }
        this.root = java.util.Objects.requireNonNull(this.departments.get(Guard.rootId(org.id())));
        for (Member m : members) {
            if (m.externalId() != null) {
                membersByExternalId.put(m.externalId(), m);
                memberExternalIds.put(m.id(), m.externalId());
            }
        }
        for (Member m : others) {
            if (m.externalId() != null && !membersByExternalId.containsKey(m.externalId())) {
                this.others.put(m.externalId(), m);
                memberExternalIds.put(m.id(), m.externalId());
            }
        }
    }

    /** The whole organization (a full sync). */
    static LocalState read(StoreSession s, OrgId id) {
        Organization org = Guard.organization(s, id);
        Guard.root(s, id);
        return new LocalState(org, s.departments(id), s.allMembers(id, true), List.of(), null, null);
    }

    /**
     * A slice of the organization: {@code departments} (closed upwards: every ancestor present), the members to
     * plan (each with its departments present), members for reference, and the guard's totals counted on demand.
     */
    static LocalState slice(
            Organization org,
            Collection<Department> departments,
            List<Member> members,
            Collection<Member> others,
            LongSupplier activeCount,
            LongSupplier departmentCount) {
        return new LocalState(org, departments, members, others, activeCount, departmentCount);
    }

    OrgId orgId() {
        return org.id();
    }

    /** Active members of the whole organization (counted in the store for a slice). */
    long activeMembers() {
        return activeCount != null
                ? activeCount.getAsLong()
                : members.stream().filter(Member::isActive).count();
    }

    /** Departments of the whole organization, the root not counted (counted in the store for a slice). */
    long departmentsBelowRoot() {
        return (departmentCount != null ? departmentCount.getAsLong() : departments.size()) - 1L;
    }

    /** The platform id of a local member this state read (planned or for reference), or null. */
    @Nullable
    String memberExternalId(MemberId id) {
        return memberExternalIds.get(id);
    }

    /** External id of a local department for display: its platform id, or its local id when it has none. */
    String label(DepartmentId id) {
        Department d = departments.get(id);
        return d != null && d.externalId() != null ? d.externalId() : id.value();
    }
}
