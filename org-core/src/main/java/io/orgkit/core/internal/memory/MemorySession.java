package io.orgkit.core.internal.memory;

import io.orgkit.core.ConflictException;
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
import io.orgkit.core.store.LazySearchEntry;
import io.orgkit.core.store.PasswordCredential;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.store.StoredEvent;
import io.orgkit.core.store.TermIndex;
import io.orgkit.core.store.TermMatch;
import io.orgkit.core.store.TermQuery;
import io.orgkit.core.store.UniqueKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The in-memory store's operations; every change is recorded in the undo log. */
public final class MemorySession implements StoreSession {
    static final Comparator<Department> DEPARTMENT_ORDER = Comparator.comparingLong(Department::order)
            .thenComparing(Department::name)
            .thenComparing(d -> d.id().value());
    static final Comparator<Member> MEMBER_ORDER =
            Comparator.comparing(Member::name).thenComparing(m -> m.id().value());

    private final MemoryData data;
    private final UndoLog undo;
    private final boolean writable;

    public MemorySession(MemoryData data, UndoLog undo, boolean writable) {
        this.data = data;
        this.undo = undo;
        this.writable = writable;
    }

    private void writing() {
        if (!writable) {
            throw new IllegalStateException("this is a read-only session; use OrgStore.write to change data");
        }
    }

    // ---- organizations

    @Override
    public void insertOrganization(Organization org) {
        writing();
        if (data.organizations.containsKey(org.id())) {
            throw new ConflictException("organization " + org.id() + " exists already");
        }
        if (org.isDefault() && data.organizations.values().stream().anyMatch(Organization::isDefault)) {
            throw new ConflictException("a default organization exists already; there is at most one");
        }
        undo.put(data.organizations, org.id(), org);
        undo.put(data.perOrg, org.id(), new OrgData());
    }

    /** The store lets one write transaction run at a time, which already serialises the writers of every organization. */
    @Override
    public Optional<Organization> lockOrganization(OrgId id) {
        writing();
        return organization(id);
    }

    @Override
    public void updateOrganization(Organization org) {
        writing();
        data.org(org.id());
        undo.put(data.organizations, org.id(), org);
    }

    @Override
    public Optional<Organization> organization(OrgId id) {
        return Optional.ofNullable(data.organizations.get(id));
    }

    @Override
    public List<Organization> organizations() {
        return data.organizations.values().stream()
                .sorted(Comparator.comparing(Organization::createdAt).thenComparing(o -> o.id().value()))
                .toList();
    }

    // ---- departments

    @Override
    public void insertDepartment(Department d) {
        writing();
        OrgData o = data.org(d.orgId());
        if (o.departments.containsKey(d.id())) {
            throw new ConflictException("department " + d.id() + " exists already");
        }
        claimExternalId(o.departmentsByExternalId, d.externalId(), d.id(), "department");
        undo.put(o.departments, d.id(), d);
    }

    @Override
    public void updateDepartment(Department d) {
        writing();
        OrgData o = data.org(d.orgId());
        Department old = requireDepartment(o, d.id());
        if (!Objects.equals(old.externalId(), d.externalId())) {
            claimExternalId(o.departmentsByExternalId, d.externalId(), d.id(), "department");
            if (old.externalId() != null) {
                undo.remove(o.departmentsByExternalId, old.externalId());
            }
        }
        undo.put(o.departments, d.id(), d);
    }

    private <I> void claimExternalId(java.util.Map<String, I> index, @Nullable String externalId, I id, String kind) {
        if (externalId == null) {
            return;
        }
        I holder = index.get(externalId);
        if (holder != null && !holder.equals(id)) {
            throw new ConflictException("external id '" + externalId + "' is already used by " + kind + " " + holder);
        }
        undo.put(index, externalId, id);
    }

    private static Department requireDepartment(OrgData o, DepartmentId id) {
        Department d = o.departments.get(id);
        if (d == null) {
            throw new IllegalStateException("department " + id + " is not stored");
        }
        return d;
    }

    @Override
    public void deleteDepartment(OrgId org, DepartmentId id) {
        writing();
        OrgData o = data.org(org);
        Department d = o.departments.get(id);
        if (d == null) {
            return;
        }
        if (d.externalId() != null) {
            undo.remove(o.departmentsByExternalId, d.externalId());
        }
        undo.remove(o.departments, id);
    }

    @Override
    public Optional<Department> department(OrgId org, DepartmentId id) {
        OrgData o = data.perOrg.get(org);
        return o == null ? Optional.empty() : Optional.ofNullable(o.departments.get(id));
    }

    @Override
    public Optional<Department> departmentByExternalId(OrgId org, String externalId) {
        OrgData o = data.perOrg.get(org);
        return o == null
                ? Optional.empty()
                : Optional.ofNullable(o.departmentsByExternalId.get(externalId)).map(o.departments::get);
    }

    @Override
    public List<Department> children(OrgId org, DepartmentId parent) {
        return departmentStream(org)
                .filter(d -> parent.equals(d.parentId()))
                .sorted(DEPARTMENT_ORDER)
                .toList();
    }

    @Override
    public List<Department> subtree(OrgId org, String pathPrefix) {
        return departmentStream(org)
                .filter(d -> d.path().startsWith(pathPrefix))
                .sorted(Comparator.comparingInt(Department::depth).thenComparing(DEPARTMENT_ORDER))
                .toList();
    }

    @Override
    public List<Department> departments(OrgId org) {
        return departmentStream(org)
                .sorted(Comparator.comparingInt(Department::depth).thenComparing(DEPARTMENT_ORDER))
                .toList();
    }

    private Stream<Department> departmentStream(OrgId org) {
        OrgData o = data.perOrg.get(org);
        return o == null ? Stream.empty() : o.departments.values().stream();
    }

    @Override
    public int replacePathPrefix(OrgId org, String oldPrefix, String newPrefix) {
        writing();
        OrgData o = data.org(org);
        List<Department> affected = o.departments.values().stream()
                .filter(d -> d.path().startsWith(oldPrefix))
                .toList();
        for (Department d : affected) {
            String path = newPrefix + d.path().substring(oldPrefix.length());
            undo.put(
                    o.departments,
                    d.id(),
                    new Department(
                            d.id(),
                            d.orgId(),
                            d.parentId(),
                            d.name(),
                            d.order(),
                            path,
                            d.externalId(),
                            d.managerIds()));
        }
        return affected.size();
    }

    // ---- members

    @Override
    public void insertMember(Member m) {
        writing();
        OrgData o = data.org(m.orgId());
        if (o.members.containsKey(m.id())) {
            throw new ConflictException("member " + m.id() + " exists already");
        }
        index(o, null, m);
        undo.put(o.members, m.id(), m);
    }

    @Override
    public void updateMember(Member m) {
        writing();
        OrgData o = data.org(m.orgId());
        Member old = o.members.get(m.id());
        if (old == null) {
            throw new IllegalStateException("member " + m.id() + " is not stored");
        }
        index(o, old, m);
        undo.put(o.members, m.id(), m);
    }

    private void index(OrgData o, @Nullable Member old, Member m) {
        String oldExt = old == null ? null : old.externalId();
        if (!Objects.equals(oldExt, m.externalId())) {
            claimExternalId(o.membersByExternalId, m.externalId(), m.id(), "member");
            if (oldExt != null) {
                undo.remove(o.membersByExternalId, oldExt);
            }
        }
        for (UniqueKey k : UniqueKey.values()) {
            String before = old == null ? null : keyOf(old, k);
            String after = keyOf(m, k);
            if (!Objects.equals(before, after)) {
                claimKey(o, k, after, m.id());
                if (before != null) {
                    undo.remove(Objects.requireNonNull(o.membersByKey.get(k)), before);
                }
            }
        }
        Set<DepartmentId> beforeDepts = old == null ? Set.of() : Set.copyOf(old.departmentIds());
        for (DepartmentId d : beforeDepts) {
            if (!m.departmentIds().contains(d)) {
                undo.remove(o.linked(d), m.id());
            }
        }
        for (DepartmentId d : m.departmentIds()) {
            undo.add(o.linked(d), m.id());
        }
    }

    private void claimKey(OrgData o, UniqueKey k, @Nullable String value, MemberId id) {
        if (value == null) {
            return;
        }
        MemberId holder = Objects.requireNonNull(o.membersByKey.get(k)).get(value);
        if (holder != null && !holder.equals(id)) {
            throw new ConflictException(k.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " '" + value
                    + "' is already used by another member of this organization");
        }
        undo.put(Objects.requireNonNull(o.membersByKey.get(k)), value, id);
    }

    /** The member's value of {@code k} in the form values are compared in ({@link UniqueKey#canonical}). */
    static @Nullable String keyOf(Member m, UniqueKey k) {
        String v = switch (k) {
            case EMPLOYEE_ID -> m.employeeId();
            case PHONE -> m.phone();
            case EMAIL -> m.email();
        };
        return v == null ? null : k.canonical(v);
    }

    @Override
    public Optional<Member> member(OrgId org, MemberId id) {
        OrgData o = data.perOrg.get(org);
        return o == null ? Optional.empty() : Optional.ofNullable(o.members.get(id));
    }

    @Override
    public List<Member> members(OrgId org, Collection<MemberId> ids) {
        OrgData o = data.perOrg.get(org);
        if (o == null) {
            return List.of();
        }
        return new LinkedHashSet<>(ids)
                .stream()
                        .map(o.members::get)
                        .filter(Objects::nonNull)
                        .sorted(MEMBER_ORDER)
                        .toList();
    }

    @Override
    public Optional<Member> memberByExternalId(OrgId org, String externalId) {
        OrgData o = data.perOrg.get(org);
        return o == null
                ? Optional.empty()
                : Optional.ofNullable(o.membersByExternalId.get(externalId)).map(o.members::get);
    }

    @Override
    public Optional<Member> memberByKey(OrgId org, UniqueKey key, String value) {
        OrgData o = data.perOrg.get(org);
        return o == null
                ? Optional.empty()
                : Optional.ofNullable(
                                Objects.requireNonNull(o.membersByKey.get(key)).get(key.canonical(value)))
                        .map(o.members::get);
    }

    @Override
    public List<Member> membersInDepartments(OrgId org, Collection<DepartmentId> departments, boolean includeResigned) {
        OrgData o = data.perOrg.get(org);
        if (o == null) {
            return List.of();
        }
        Set<MemberId> ids = new LinkedHashSet<>();
        for (DepartmentId d : departments) {
            ids.addAll(o.membersByDepartment.getOrDefault(d, Set.of()));
        }
        return ids.stream()
                .map(o.members::get)
                .filter(m -> includeResigned || m.isActive())
                .sorted(MEMBER_ORDER)
                .toList();
    }

    @Override
    public List<Member> allMembers(OrgId org, boolean includeResigned) {
        return memberStream(org)
                .filter(m -> includeResigned || m.isActive())
                .sorted(MEMBER_ORDER)
                .toList();
    }

    @Override
    public long countMembers(OrgId org, boolean includeResigned) {
        return memberStream(org).filter(m -> includeResigned || m.isActive()).count();
    }

    private Stream<Member> memberStream(OrgId org) {
        OrgData o = data.perOrg.get(org);
        return o == null ? Stream.empty() : o.members.values().stream();
    }

    @Override
    public void putSearchEntries(Collection<SearchEntry> entries) {
        writing();
        // deferred: the index applies them in one batch before its next read (a search), so a write only queues
        for (SearchEntry e : entries) {
            TermIndex index = Objects.requireNonNull(data.org(e.orgId()).search.get(e.subject()));
            TermIndex.Deferred d = index.defer(e);
            undo.step(() -> index.undo(d));
        }
    }

    @Override
    public void putLazySearchEntries(Collection<LazySearchEntry> entries) {
        writing();
        // deferred with their derivation: the index derives and applies them before its next read
        for (LazySearchEntry e : entries) {
            TermIndex index = Objects.requireNonNull(data.org(e.orgId()).search.get(e.subject()));
            TermIndex.Deferred d = index.defer(e.id(), e.entry());
            undo.step(() -> index.undo(d));
        }
    }

    @Override
    public List<TermMatch> searchTerms(TermQuery q) {
        OrgData o = data.perOrg.get(q.orgId());
        return o == null
                ? List.of()
                : Objects.requireNonNull(o.search.get(q.subject())).search(q, new MemoryScope(o, q));
    }

    // ---- roles

    @Override
    public void insertRoleGroup(RoleGroup group) {
        writing();
        OrgData o = data.org(group.orgId());
        if (o.roleGroups.containsKey(group.id())) {
            throw new ConflictException("role group " + group.id() + " exists already");
        }
        undo.put(o.roleGroups, group.id(), group);
    }

    @Override
    public void updateRoleGroup(RoleGroup group) {
        writing();
        undo.put(data.org(group.orgId()).roleGroups, group.id(), group);
    }

    @Override
    public void deleteRoleGroup(OrgId org, RoleGroupId id) {
        writing();
        undo.remove(data.org(org).roleGroups, id);
    }

    @Override
    public Optional<RoleGroup> roleGroup(OrgId org, RoleGroupId id) {
        OrgData o = data.perOrg.get(org);
        return o == null ? Optional.empty() : Optional.ofNullable(o.roleGroups.get(id));
    }

    @Override
    public List<RoleGroup> roleGroups(OrgId org) {
        OrgData o = data.perOrg.get(org);
        return o == null
                ? List.of()
                : o.roleGroups.values().stream()
                        .sorted(Comparator.comparing(RoleGroup::name).thenComparing(g -> g.id().value()))
                        .toList();
    }

    @Override
    public void insertRole(Role role) {
        writing();
        OrgData o = data.org(role.orgId());
        if (o.roles.containsKey(role.id())) {
            throw new ConflictException("role " + role.id() + " exists already");
        }
        if (role.key() != null && roleByKey(role.orgId(), role.key()).isPresent()) {
            throw new ConflictException("role key '" + role.key() + "' is already used in this organization");
        }
        undo.put(o.roles, role.id(), role);
    }

    @Override
    public void updateRole(Role role) {
        writing();
        undo.put(data.org(role.orgId()).roles, role.id(), role);
    }

    @Override
    public void deleteRole(OrgId org, RoleId id) {
        writing();
        OrgData o = data.org(org);
        undo.remove(o.roles, id);
        undo.remove(o.roleMembers, id);
    }

    @Override
    public Optional<Role> role(OrgId org, RoleId id) {
        OrgData o = data.perOrg.get(org);
        return o == null ? Optional.empty() : Optional.ofNullable(o.roles.get(id));
    }

    @Override
    public Optional<Role> roleByKey(OrgId org, String key) {
        OrgData o = data.perOrg.get(org);
        return o == null
                ? Optional.empty()
                : o.roles.values().stream().filter(r -> key.equals(r.key())).findFirst();
    }

    @Override
    public List<Role> roles(OrgId org) {
        OrgData o = data.perOrg.get(org);
        return o == null
                ? List.of()
                : o.roles.values().stream()
                        .sorted(Comparator.comparing(Role::name).thenComparing(r -> r.id().value()))
                        .toList();
    }

    @Override
    public void addRoleMembers(OrgId org, RoleId role, Collection<MemberId> members) {
        writing();
        Set<MemberId> holders = data.org(org).holders(role);
        members.forEach(m -> undo.add(holders, m));
    }

    @Override
    public void removeRoleMembers(OrgId org, RoleId role, Collection<MemberId> members) {
        writing();
        Set<MemberId> holders = data.org(org).holders(role);
        members.forEach(m -> undo.remove(holders, m));
    }

    @Override
    public void removeMemberFromAllRoles(OrgId org, MemberId member) {
        writing();
        for (Set<MemberId> holders : data.org(org).roleMembers.values()) {
            undo.remove(holders, member);
        }
    }

    @Override
    public Set<MemberId> roleMembers(OrgId org, RoleId role) {
        OrgData o = data.perOrg.get(org);
        Set<MemberId> result = new TreeSet<>(Comparator.comparing(MemberId::value));
        if (o != null) {
            result.addAll(o.roleMembers.getOrDefault(role, Set.of()));
        }
        return result;
    }

    @Override
    public Set<RoleId> rolesOfMember(OrgId org, MemberId member) {
        OrgData o = data.perOrg.get(org);
        Set<RoleId> result = new TreeSet<>(Comparator.comparing(RoleId::value));
        if (o != null) {
            o.roleMembers.forEach((role, holders) -> {
                if (holders.contains(member)) {
                    result.add(role);
                }
            });
        }
        return result;
    }

    // ---- credentials, attributes, events

    @Override
    public void saveCredential(OrgId org, MemberId member, PasswordCredential credential) {
        writing();
        undo.put(data.org(org).credentials, member, credential);
    }

    @Override
    public void deleteCredential(OrgId org, MemberId member) {
        writing();
        undo.remove(data.org(org).credentials, member);
    }

    @Override
    public Optional<PasswordCredential> credential(OrgId org, MemberId member) {
        OrgData o = data.perOrg.get(org);
        return o == null ? Optional.empty() : Optional.ofNullable(o.credentials.get(member));
    }

    @Override
    public Optional<String> attribute(OrgId org, String key) {
        OrgData o = data.perOrg.get(org);
        return o == null ? Optional.empty() : Optional.ofNullable(o.attributes.get(key));
    }

    @Override
    public void putAttribute(OrgId org, String key, @Nullable String value) {
        writing();
        OrgData o = data.org(org);
        if (value == null) {
            undo.remove(o.attributes, key);
        } else {
            undo.put(o.attributes, key, value);
        }
    }

    @Override
    public long appendEvent(OrgId org, String type, String payload, Instant at) {
        writing();
        long seq = ++data.lastSequence;
        undo.step(() -> data.lastSequence--);
        undo.put(data.events, seq, new StoredEvent(seq, org, type, payload, at));
        return seq;
    }

    @Override
    public List<StoredEvent> eventsAfter(long afterSequence, int limit) {
        return data.events.tailMap(afterSequence, false).values().stream()
                .limit(limit)
                .toList();
    }

    @Override
    public List<StoredEvent> eventsOf(OrgId org, long afterSequence, int limit) {
        return data.events.tailMap(afterSequence, false).values().stream()
                .filter(e -> e.orgId().equals(org))
                .limit(limit)
                .toList();
    }

    @Override
    public void replaceEventPayload(OrgId org, long sequence, String payload) {
        writing();
        StoredEvent e = data.events.get(sequence);
        if (e != null && e.orgId().equals(org)) {
            undo.put(data.events, sequence, new StoredEvent(sequence, org, e.type(), payload, e.at()));
        }
    }

    @Override
    public void deleteOrganization(OrgId org) {
        writing();
        undo.remove(data.organizations, org);
        undo.remove(data.perOrg, org);
        List<Long> feed = data.events.values().stream()
                .filter(e -> e.orgId().equals(org))
                .map(StoredEvent::sequence)
                .toList();
        feed.forEach(seq -> undo.remove(data.events, seq));
        List<MemoryData.SingleUseKey> singleUse = data.singleUse.keySet().stream()
                .filter(k -> k.org().equals(org))
                .toList();
        singleUse.forEach(k -> undo.remove(data.singleUse, k));
    }

    // ---- single-use values

    @Override
    public void insertSingleUse(OrgId org, String kind, String key, String value, Instant expiresAt) {
        writing();
        MemoryData.SingleUseKey k = new MemoryData.SingleUseKey(org, kind, key);
        if (data.singleUse.containsKey(k)) {
            throw new io.orgkit.core.ConflictException("the single-use " + kind + " value was recorded already");
        }
        undo.put(data.singleUse, k, new MemoryData.SingleUseValue(value, expiresAt));
    }

    @Override
    public Optional<String> takeSingleUse(OrgId org, String kind, String key, Instant now) {
        writing();
        MemoryData.SingleUseKey k = new MemoryData.SingleUseKey(org, kind, key);
        MemoryData.SingleUseValue v = data.singleUse.get(k);
        if (v == null) {
            return Optional.empty();
        }
        undo.remove(data.singleUse, k);
        return v.expiresAt().isAfter(now) ? Optional.of(v.value()) : Optional.empty();
    }

    @Override
    public int deleteExpiredSingleUse(Instant now) {
        writing();
        List<MemoryData.SingleUseKey> expired = data.singleUse.entrySet().stream()
                .filter(e -> !e.getValue().expiresAt().isAfter(now))
                .map(java.util.Map.Entry::getKey)
                .toList();
        expired.forEach(k -> undo.remove(data.singleUse, k));
        return expired.size();
    }
}
