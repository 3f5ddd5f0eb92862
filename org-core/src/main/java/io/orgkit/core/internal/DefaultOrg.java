package io.orgkit.core.internal;

import io.orgkit.core.Org;
import io.orgkit.core.accounts.Accounts;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.Departments;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.internal.io.DefaultMemberIo;
import io.orgkit.core.io.MemberIo;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.Members;
import io.orgkit.core.organizations.LeaderCandidates;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Roles;
import io.orgkit.core.search.Search;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.sync.Sync;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A handle on one organization; every call is scoped to its id. */
public final class DefaultOrg extends OrgScoped implements Org {

    private final @Nullable Secret initialPassword;

    DefaultOrg(ServiceContext ctx, OrgId org) {
        this(ctx, org, null);
    }

    DefaultOrg(ServiceContext ctx, OrgId org, @Nullable Secret initialPassword) {
        super(ctx, org);
        this.initialPassword = initialPassword;
    }

    @Override
    public Optional<Secret> initialPassword() {
        return Optional.ofNullable(initialPassword);
    }

    public ServiceContext context() {
        return ctx;
    }

    @Override
    public io.orgkit.core.signin.SignIn signIn() {
        return new SignInApi(ctx, org);
    }

    @Override
    public Org as(io.orgkit.core.events.Actor actor) {
        return new DefaultOrg(ctx.as(actor), org);
    }

    @Override
    public OrgId id() {
        return org;
    }

    @Override
    public Organization info() {
        return ctx.read(s -> Guard.organization(s, org));
    }

    @Override
    public Departments departments() {
        return new DepartmentsApi(ctx, org);
    }

    @Override
    public Members members() {
        return new MembersApi(ctx, org);
    }

    @Override
    public Roles roles() {
        return new RolesApi(ctx, org);
    }

    @Override
    public Search search() {
        return new SearchApi(ctx, org);
    }

    @Override
    public Accounts accounts() {
        return new AccountsApi(ctx, org);
    }

    @Override
    public MemberIo io() {
        return new DefaultMemberIo(ctx.as(io.orgkit.core.events.Actor.importBy(ctx.actor())), org);
    }

    @Override
    public Sync sync() {
        return io.orgkit.core.internal.sync.DefaultSync.of(
                ctx.as(new io.orgkit.core.events.Actor(
                        io.orgkit.core.events.ActorKind.SYNC, ctx.actor().id())),
                org);
    }

    @Override
    public Organization rename(String name) {
        String n = Rules.requireName("name", name);
        return change(tx -> {
            Organization o = Guard.organization(tx.session(), org);
            if (o.name().equals(n)) {
                return o;
            }
            Organization renamed = OrganizationCopies.named(o, n);
            tx.session().updateOrganization(renamed);
            tx.emit(new OrgEvent.OrganizationRenamed(org, tx.now(), n));
            return renamed;
        });
    }

    @Override
    public Organization setLeader(MemberId member) {
        return change(tx -> {
            Organization o = Guard.organization(tx.session(), org);
            Guard.activeMember(tx.session(), org, member);
            if (member.equals(o.leaderId())) {
                return o;
            }
            Organization changed = OrganizationCopies.led(o, member);
            tx.session().updateOrganization(changed);
            tx.emit(new OrgEvent.LeaderChanged(org, tx.now(), member));
            return changed;
        });
    }

    @Override
    public List<Member> leaderCandidates(LeaderCandidates from) {
        return ctx.read(s -> {
            Guard.organization(s, org);
            if (from.department() != null) {
                Department d = Guard.department(s, org, from.department());
                return s.membersInDepartments(
                        org,
                        s.subtree(org, d.path()).stream().map(Department::id).toList(),
                        false);
            }
            if (from.role() != null) {
                Guard.role(s, org, from.role());
                return s.members(org, s.roleMembers(org, from.role())).stream()
                        .filter(Member::isActive)
                        .toList();
            }
            return s.allMembers(org, false);
        });
    }

    @Override
    public Organization updateSettings(java.util.Map<String, String> values, java.util.Map<String, Secret> secrets) {
        return SettingsOps.update(ctx, org, values, secrets);
    }

    @Override
    public Organization allowJoin(boolean allow) {
        return change(tx -> {
            Organization o = Guard.organization(tx.session(), org);
            if (o.allowJoin() == allow) {
                return o;
            }
            Organization changed = OrganizationCopies.joinable(o, allow);
            tx.session().updateOrganization(changed);
            tx.emit(new OrgEvent.JoinPolicyChanged(org, tx.now(), allow));
            return changed;
        });
    }

    @Override
    public String toString() {
        return "Org[" + org + "]";
    }
}
