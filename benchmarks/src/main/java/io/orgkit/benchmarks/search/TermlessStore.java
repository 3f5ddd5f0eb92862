package io.orgkit.benchmarks.search;

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
import io.orgkit.core.store.Leases;
import io.orgkit.core.store.MemberPageQuery;
import io.orgkit.core.store.NewEvent;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.PasswordCredential;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.store.StoredEvent;
import io.orgkit.core.store.TermMatch;
import io.orgkit.core.store.TermQuery;
import io.orgkit.core.store.UniqueKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A store that keeps no search terms: every call goes to the wrapped store but {@link StoreSession#putSearchEntries}
 * and {@link StoreSession#putLazySearchEntries}, which do nothing (the lazy entries are not even derived). The baseline "without terms" of {@link MemberInsertBenchmark} (what an insert cost before
 * stores kept terms); written out, not a reflective proxy, so the baseline pays no extra cost per call.
 */
final class TermlessStore implements OrgStore {
    private final OrgStore store;

    TermlessStore(OrgStore store) {
        this.store = store;
    }

    @Override
    public <T> T write(Function<StoreSession, T> work) {
        return store.write(s -> work.apply(new Session(s)));
    }

    @Override
    public <T> T read(Function<StoreSession, T> work) {
        return store.read(s -> work.apply(new Session(s)));
    }

    @Override
    public Leases leases() {
        return store.leases();
    }

    @Override
    public void close() {
        store.close();
    }

    /** Forwards every call but {@code putSearchEntries} and {@code putLazySearchEntries}. */
    private static final class Session implements StoreSession {
        private final StoreSession s;

        Session(StoreSession s) {
            this.s = s;
        }

        @Override
        public void insertOrganization(Organization org) {
            s.insertOrganization(org);
        }

        @Override
        public Optional<Organization> lockOrganization(OrgId id) {
            return s.lockOrganization(id);
        }

        @Override
        public void updateOrganization(Organization org) {
            s.updateOrganization(org);
        }

        @Override
        public Optional<Organization> organization(OrgId id) {
            return s.organization(id);
        }

        @Override
        public List<Organization> organizations() {
            return s.organizations();
        }

        @Override
        public void insertDepartment(Department department) {
            s.insertDepartment(department);
        }

        @Override
        public void updateDepartment(Department department) {
            s.updateDepartment(department);
        }

        @Override
        public void insertDepartments(Collection<Department> departments) {
            s.insertDepartments(departments);
        }

        @Override
        public void deleteDepartment(OrgId org, DepartmentId id) {
            s.deleteDepartment(org, id);
        }

        @Override
        public Optional<Department> department(OrgId org, DepartmentId id) {
            return s.department(org, id);
        }

        @Override
        public Optional<Department> departmentByExternalId(OrgId org, String externalId) {
            return s.departmentByExternalId(org, externalId);
        }

        @Override
        public List<Department> children(OrgId org, DepartmentId parent) {
            return s.children(org, parent);
        }

        @Override
        public List<Department> subtree(OrgId org, String pathPrefix) {
            return s.subtree(org, pathPrefix);
        }

        @Override
        public List<Department> departments(OrgId org) {
            return s.departments(org);
        }

        @Override
        public int replacePathPrefix(OrgId org, String oldPrefix, String newPrefix) {
            return s.replacePathPrefix(org, oldPrefix, newPrefix);
        }

        @Override
        public void insertMember(Member member) {
            s.insertMember(member);
        }

        @Override
        public void insertMembers(Collection<Member> members) {
            s.insertMembers(members);
        }

        @Override
        public void updateMember(Member member) {
            s.updateMember(member);
        }

        @Override
        public Optional<Member> member(OrgId org, MemberId id) {
            return s.member(org, id);
        }

        @Override
        public List<Member> members(OrgId org, Collection<MemberId> ids) {
            return s.members(org, ids);
        }

        @Override
        public Optional<Member> memberByExternalId(OrgId org, String externalId) {
            return s.memberByExternalId(org, externalId);
        }

        @Override
        public Optional<Member> memberByKey(OrgId org, UniqueKey key, String value) {
            return s.memberByKey(org, key, value);
        }

        @Override
        public List<Member> membersInDepartments(
                OrgId org, Collection<DepartmentId> departments, boolean includeResigned) {
            return s.membersInDepartments(org, departments, includeResigned);
        }

        @Override
        public List<Member> allMembers(OrgId org, boolean includeResigned) {
            return s.allMembers(org, includeResigned);
        }

        @Override
        public List<Member> memberPage(MemberPageQuery query) {
            return s.memberPage(query);
        }

        @Override
        public long countMembers(OrgId org, boolean includeResigned) {
            return s.countMembers(org, includeResigned);
        }

        @Override
        public void putSearchEntries(Collection<SearchEntry> entries) {
            // the baseline keeps no search terms
        }

        @Override
        public void putLazySearchEntries(Collection<LazySearchEntry> entries) {
            // nor derives them: the baseline is an insert without search
        }

        @Override
        public List<TermMatch> searchTerms(TermQuery query) {
            return s.searchTerms(query);
        }

        @Override
        public void insertRoleGroup(RoleGroup group) {
            s.insertRoleGroup(group);
        }

        @Override
        public void updateRoleGroup(RoleGroup group) {
            s.updateRoleGroup(group);
        }

        @Override
        public void deleteRoleGroup(OrgId org, RoleGroupId id) {
            s.deleteRoleGroup(org, id);
        }

        @Override
        public Optional<RoleGroup> roleGroup(OrgId org, RoleGroupId id) {
            return s.roleGroup(org, id);
        }

        @Override
        public List<RoleGroup> roleGroups(OrgId org) {
            return s.roleGroups(org);
        }

        @Override
        public void insertRole(Role role) {
            s.insertRole(role);
        }

        @Override
        public void updateRole(Role role) {
            s.updateRole(role);
        }

        @Override
        public void deleteRole(OrgId org, RoleId id) {
            s.deleteRole(org, id);
        }

        @Override
        public Optional<Role> role(OrgId org, RoleId id) {
            return s.role(org, id);
        }

        @Override
        public Optional<Role> roleByKey(OrgId org, String key) {
            return s.roleByKey(org, key);
        }

        @Override
        public List<Role> roles(OrgId org) {
            return s.roles(org);
        }

        @Override
        public void addRoleMembers(OrgId org, RoleId role, Collection<MemberId> members) {
            s.addRoleMembers(org, role, members);
        }

        @Override
        public void removeRoleMembers(OrgId org, RoleId role, Collection<MemberId> members) {
            s.removeRoleMembers(org, role, members);
        }

        @Override
        public void removeMemberFromAllRoles(OrgId org, MemberId member) {
            s.removeMemberFromAllRoles(org, member);
        }

        @Override
        public Set<MemberId> roleMembers(OrgId org, RoleId role) {
            return s.roleMembers(org, role);
        }

        @Override
        public Set<RoleId> rolesOfMember(OrgId org, MemberId member) {
            return s.rolesOfMember(org, member);
        }

        @Override
        public void saveCredential(OrgId org, MemberId member, PasswordCredential credential) {
            s.saveCredential(org, member, credential);
        }

        @Override
        public Optional<PasswordCredential> credential(OrgId org, MemberId member) {
            return s.credential(org, member);
        }

        @Override
        public void deleteCredential(OrgId org, MemberId member) {
            s.deleteCredential(org, member);
        }

        @Override
        public Optional<String> attribute(OrgId org, String key) {
            return s.attribute(org, key);
        }

        @Override
        public void putAttribute(OrgId org, String key, @Nullable String value) {
            s.putAttribute(org, key, value);
        }

        @Override
        public void insertSingleUse(OrgId org, String kind, String key, String value, Instant expiresAt) {
            s.insertSingleUse(org, kind, key, value, expiresAt);
        }

        @Override
        public Optional<String> takeSingleUse(OrgId org, String kind, String key, Instant now) {
            return s.takeSingleUse(org, kind, key, now);
        }

        @Override
        public int deleteExpiredSingleUse(Instant now) {
            return s.deleteExpiredSingleUse(now);
        }

        @Override
        public long appendEvent(OrgId org, String type, String payload, Instant at) {
            return s.appendEvent(org, type, payload, at);
        }

        @Override
        public long appendEvents(List<NewEvent> events) {
            return s.appendEvents(events);
        }

        @Override
        public List<StoredEvent> eventsAfter(long afterSequence, int limit) {
            return s.eventsAfter(afterSequence, limit);
        }

        @Override
        public List<StoredEvent> eventsOf(OrgId org, long afterSequence, int limit) {
            return s.eventsOf(org, afterSequence, limit);
        }

        @Override
        public void replaceEventPayload(OrgId org, long sequence, String payload) {
            s.replaceEventPayload(org, sequence, payload);
        }

        @Override
        public void deleteOrganization(OrgId org) {
            s.deleteOrganization(org);
        }
    }
}
