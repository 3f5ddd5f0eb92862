package io.orgkit.core.internal;

import io.orgkit.core.Org;
import io.orgkit.core.accounts.Accounts;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.Departments;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.Members;
import io.orgkit.core.organizations.LeaderCandidates;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Roles;
import io.orgkit.core.search.Search;
import io.orgkit.core.sync.Sync;
import java.util.List;

/** A handle on one organization; every call is scoped to its id. */
public final class DefaultOrg implements Org {
    private final ServiceContext ctx;
    private final OrgId id;

    DefaultOrg(ServiceContext ctx, OrgId id) {
        this.ctx = ctx;
        this.id = id;
    }

    public ServiceContext context() {
        return ctx;
    }

    @Override
    public OrgId id() {
        return id;
    }

    @Override
    public Organization info() {
        return ctx.read(s -> Guard.organization(s, id));
    }

    @Override
    public Departments departments() {
        return new DepartmentsApi(ctx, id);
    }

    @Override
    public Members members() {
        return new MembersApi(ctx, id);
    }

    @Override
    public Roles roles() {
        return new RolesApi(ctx, id);
    }

    @Override
    public Search search() {
        return new SearchApi(ctx, id);
    }

    @Override
    public Accounts accounts() {
        return new AccountsApi(ctx, id);
    }

    @Override
    public Sync sync() {
        return io.orgkit.core.internal.sync.DefaultSync.of(ctx, id);
    }

    @Override
    public Organization rename(String name) {
        String n = Rules.requireName("name", name);
        return ctx.write(tx -> {
            Organization o = Guard.organization(tx.session(), id);
            if (o.name().equals(n)) {
                return o;
            }
            Organization renamed = o.withName(n);
            tx.session().updateOrganization(renamed);
            tx.emit(new OrgEvent.OrganizationRenamed(id, tx.now(), n));
            return renamed;
        });
    }

    @Override
    public Organization setLeader(MemberId member) {
        return ctx.write(tx -> {
            Organization o = Guard.organization(tx.session(), id);
            Guard.activeMember(tx.session(), id, member);
            if (member.equals(o.leaderId())) {
                return o;
            }
            Organization changed = o.withLeader(member);
            tx.session().updateOrganization(changed);
            tx.emit(new OrgEvent.LeaderChanged(id, tx.now(), member));
            return changed;
        });
    }

    @Override
    public List<Member> leaderCandidates(LeaderCandidates from) {
        return ctx.read(s -> {
            Guard.organization(s, id);
            if (from.department() != null) {
                Department d = Guard.department(s, id, from.department());
                return s.membersInDepartments(id, s.subtree(id, d.path()).stream().map(Department::id).toList(), false);
            }
            if (from.role() != null) {
                Guard.role(s, id, from.role());
                return s.members(id, s.roleMembers(id, from.role())).stream().filter(Member::isActive).toList();
            }
            return s.allMembers(id, false);
        });
    }

    @Override
    public Organization allowJoin(boolean allow) {
        return ctx.write(tx -> {
            Organization o = Guard.organization(tx.session(), id);
            if (o.allowJoin() == allow) {
                return o;
            }
            Organization changed = o.withAllowJoin(allow);
            tx.session().updateOrganization(changed);
            tx.emit(new OrgEvent.JoinPolicyChanged(id, tx.now(), allow));
            return changed;
        });
    }

    @Override
    public String toString() {
        return "Org[" + id + "]";
    }
}
