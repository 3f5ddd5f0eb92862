package io.orgkit.store.jdbc.internal;

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
import io.orgkit.core.store.MemberPageQuery;
import io.orgkit.core.store.NewEvent;
import io.orgkit.core.store.PasswordCredential;
import io.orgkit.core.store.SearchEntry;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.store.StoredEvent;
import io.orgkit.core.store.TermMatch;
import io.orgkit.core.store.TermQuery;
import io.orgkit.core.store.UniqueKey;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The store operations over one connection (one transaction); writes are refused in a read session. */
public final class JdbcSession implements StoreSession {
    private final boolean writable;
    private final SqlDialect dialect;
    private final OrgSql orgs;
    private final DepartmentSql departments;
    private final MemberSql members;
    private final RoleSql roles;
    private final ValueSql values;
    private final SearchSql search;
    private final SingleUseSql singleUse;
    /** The search revision of each organization this transaction locked. */
    private final Map<OrgId, Long> searchRevisions = new HashMap<>();

    public JdbcSession(Db db, SqlDialect dialect, Tables tables, SearchCache searchCache, boolean writable) {
        this.writable = writable;
        this.dialect = dialect;
        this.orgs = new OrgSql(db, tables);
        this.departments = new DepartmentSql(db, dialect, tables);
        this.members = new MemberSql(db, tables, dialect);
        this.roles = new RoleSql(db, dialect, tables);
        this.values = new ValueSql(db, tables);
        this.search = new SearchSql(db, dialect, tables, searchCache);
        this.singleUse = new SingleUseSql(db, tables);
    }

    private void writing() {
        if (!writable) {
            throw new IllegalStateException("this is a read-only session; use OrgStore.write to change data");
        }
    }

    @Override
    public void insertOrganization(Organization org) {
        writing();
        orgs.insert(org);
    }

    @Override
    public Optional<Organization> lockOrganization(OrgId id) {
        writing();
        Optional<OrgSql.Locked> locked = orgs.lock(id, dialect);
        locked.ifPresent(l -> searchRevisions.put(id, l.searchRevision()));
        return locked.map(OrgSql.Locked::org);
    }

    /** The search revision of this transaction's writes of {@code org}, locking the organization if not yet. */
    private long searchRevision(OrgId org) {
        Long rev = searchRevisions.get(org);
        if (rev == null) {
            if (lockOrganization(org).isEmpty()) {
                throw new IllegalStateException("search entries for an organization that is not stored");
            }
            rev = Objects.requireNonNull(searchRevisions.get(org));
        }
        return rev;
    }

    @Override
    public void updateOrganization(Organization org) {
        writing();
        orgs.update(org);
    }

    @Override
    public Optional<Organization> organization(OrgId id) {
        return orgs.get(id);
    }

    @Override
    public List<Organization> organizations() {
        return orgs.all();
    }

    @Override
    public void insertDepartment(Department department) {
        insertDepartments(List.of(department));
    }

    @Override
    public void insertDepartments(Collection<Department> list) {
        writing();
        departments.insert(list);
    }

    @Override
    public void updateDepartment(Department department) {
        writing();
        departments.update(department);
    }

    @Override
    public void deleteDepartment(OrgId org, DepartmentId id) {
        writing();
        departments.delete(org, id);
    }

    @Override
    public Optional<Department> department(OrgId org, DepartmentId id) {
        return departments.get(org, id);
    }

    @Override
    public Optional<Department> departmentByExternalId(OrgId org, String externalId) {
        return departments.byExternalId(org, externalId);
    }

    @Override
    public List<Department> children(OrgId org, DepartmentId parent) {
        return departments.children(org, parent);
    }

    @Override
    public List<Department> subtree(OrgId org, String pathPrefix) {
        return departments.subtree(org, pathPrefix);
    }

    @Override
    public List<Department> departments(OrgId org) {
        return departments.all(org);
    }

    @Override
    public int replacePathPrefix(OrgId org, String oldPrefix, String newPrefix) {
        writing();
        return departments.replacePathPrefix(org, oldPrefix, newPrefix);
    }

    @Override
    public void insertMember(Member member) {
        insertMembers(List.of(member));
    }

    @Override
    public void insertMembers(Collection<Member> list) {
        writing();
        members.insert(list);
        search.inserted(list);
    }

    @Override
    public void updateMember(Member member) {
        writing();
        members.update(member);
    }

    @Override
    public Optional<Member> member(OrgId org, MemberId id) {
        return members.get(org, id);
    }

    @Override
    public List<Member> members(OrgId org, Collection<MemberId> ids) {
        return members.byIds(org, ids);
    }

    @Override
    public Optional<Member> memberByExternalId(OrgId org, String externalId) {
        return members.byExternalId(org, externalId);
    }

    @Override
    public Optional<Member> memberByKey(OrgId org, UniqueKey key, String value) {
        return members.byKey(org, key, value);
    }

    @Override
    public List<Member> membersInDepartments(OrgId org, Collection<DepartmentId> list, boolean includeResigned) {
        return members.inDepartments(org, list, includeResigned);
    }

    @Override
    public List<Member> allMembers(OrgId org, boolean includeResigned) {
        return members.all(org, includeResigned);
    }

    @Override
    public List<Member> memberPage(MemberPageQuery query) {
        return members.page(query, dialect);
    }

    @Override
    public long countMembers(OrgId org, boolean includeResigned) {
        return members.count(org, includeResigned);
    }

    @Override
    public void putSearchEntries(Collection<SearchEntry> entries) {
        writing();
        search.put(entries, this::searchRevision);
    }

    @Override
    public List<TermMatch> searchTerms(TermQuery query) {
        return search.search(query);
    }

    @Override
    public void insertRoleGroup(RoleGroup group) {
        writing();
        roles.insertGroup(group);
    }

    @Override
    public void updateRoleGroup(RoleGroup group) {
        writing();
        roles.updateGroup(group);
    }

    @Override
    public void deleteRoleGroup(OrgId org, RoleGroupId id) {
        writing();
        roles.deleteGroup(org, id);
    }

    @Override
    public Optional<RoleGroup> roleGroup(OrgId org, RoleGroupId id) {
        return roles.group(org, id);
    }

    @Override
    public List<RoleGroup> roleGroups(OrgId org) {
        return roles.groups(org);
    }

    @Override
    public void insertRole(Role role) {
        writing();
        roles.insertRole(role);
    }

    @Override
    public void updateRole(Role role) {
        writing();
        roles.updateRole(role);
    }

    @Override
    public void deleteRole(OrgId org, RoleId id) {
        writing();
        roles.deleteRole(org, id);
    }

    @Override
    public Optional<Role> role(OrgId org, RoleId id) {
        return roles.role(org, id);
    }

    @Override
    public Optional<Role> roleByKey(OrgId org, String key) {
        return roles.roleByKey(org, key);
    }

    @Override
    public List<Role> roles(OrgId org) {
        return roles.roles(org);
    }

    @Override
    public void addRoleMembers(OrgId org, RoleId role, Collection<MemberId> list) {
        writing();
        roles.addMembers(org, role, list);
    }

    @Override
    public void removeRoleMembers(OrgId org, RoleId role, Collection<MemberId> list) {
        writing();
        roles.removeMembers(org, role, list);
    }

    @Override
    public void removeMemberFromAllRoles(OrgId org, MemberId member) {
        writing();
        roles.removeFromAll(org, member);
    }

    @Override
    public Set<MemberId> roleMembers(OrgId org, RoleId role) {
        return roles.members(org, role);
    }

    @Override
    public Set<RoleId> rolesOfMember(OrgId org, MemberId member) {
        return roles.rolesOf(org, member);
    }

    @Override
    public void saveCredential(OrgId org, MemberId member, PasswordCredential credential) {
        writing();
        values.saveCredential(org, member, credential);
    }

    @Override
    public Optional<PasswordCredential> credential(OrgId org, MemberId member) {
        return values.credential(org, member);
    }

    @Override
    public void insertSingleUse(OrgId org, String kind, String key, String value, Instant expiresAt) {
        writing();
        singleUse.insert(org, kind, key, value, expiresAt);
    }

    @Override
    public Optional<String> takeSingleUse(OrgId org, String kind, String key, Instant now) {
        writing();
        return singleUse.take(org, kind, key, now);
    }

    @Override
    public int deleteExpiredSingleUse(Instant now) {
        writing();
        return singleUse.deleteExpired(now);
    }

    @Override
    public Optional<String> attribute(OrgId org, String key) {
        return values.attribute(org, key);
    }

    @Override
    public void putAttribute(OrgId org, String key, @Nullable String value) {
        writing();
        values.putAttribute(org, key, value);
    }

    @Override
    public long appendEvent(OrgId org, String type, String payload, Instant at) {
        writing();
        return values.appendEvent(org, type, payload, at);
    }

    @Override
    public long appendEvents(List<NewEvent> events) {
        writing();
        return values.appendEvents(events);
    }

    @Override
    public List<StoredEvent> eventsAfter(long afterSequence, int limit) {
        return values.eventsAfter(afterSequence, limit);
    }

    @Override
    public List<StoredEvent> eventsOf(OrgId org, long afterSequence, int limit) {
        return values.eventsOf(org, afterSequence, limit);
    }

    @Override
    public void replaceEventPayload(OrgId org, long sequence, String payload) {
        writing();
        values.replaceEventPayload(org, sequence, payload);
    }

    @Override
    public void deleteOrganization(OrgId org) {
        writing();
        orgs.delete(org);
    }

    @Override
    public void deleteCredential(OrgId org, MemberId member) {
        writing();
        values.deleteCredential(org, member);
    }
}
