package io.orgkit.spring.boot.internal;

import io.orgkit.core.Org;
import io.orgkit.core.accounts.Accounts;
import io.orgkit.core.departments.Departments;
import io.orgkit.core.events.Actor;
import io.orgkit.core.io.MemberIo;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.Members;
import io.orgkit.core.organizations.LeaderCandidates;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Roles;
import io.orgkit.core.search.Search;
import io.orgkit.core.signin.SignIn;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.sync.Sync;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An organization whose syncs and imports are observed; everything else goes straight through. */
final class ObservedOrg implements Org {
    private final Org delegate;
    private final Observer observer;

    ObservedOrg(Org delegate, Observer observer) {
        this.delegate = delegate;
        this.observer = observer;
    }

    @Override
    public OrgId id() {
        return delegate.id();
    }

    @Override
    public Org as(Actor actor) {
        return new ObservedOrg(delegate.as(actor), observer);
    }

    @Override
    public Organization info() {
        return delegate.info();
    }

    @Override
    public Departments departments() {
        return delegate.departments();
    }

    @Override
    public Members members() {
        return delegate.members();
    }

    @Override
    public Roles roles() {
        return delegate.roles();
    }

    @Override
    public Search search() {
        return delegate.search();
    }

    @Override
    public Accounts accounts() {
        return delegate.accounts();
    }

    @Override
    public Optional<Secret> initialPassword() {
        return delegate.initialPassword();
    }

    @Override
    public MemberIo io() {
        return new ObservedMemberIo(delegate.id(), delegate.io(), observer);
    }

    @Override
    public Sync sync() {
        return new ObservedSync(delegate.id(), delegate.sync(), observer);
    }

    @Override
    public SignIn signIn() {
        return delegate.signIn();
    }

    @Override
    public Organization rename(String name) {
        return delegate.rename(name);
    }

    @Override
    public Organization setLeader(MemberId member) {
        return delegate.setLeader(member);
    }

    @Override
    public List<Member> leaderCandidates(LeaderCandidates from) {
        return delegate.leaderCandidates(from);
    }

    @Override
    public Organization updateSettings(Map<String, String> values, Map<String, Secret> secrets) {
        return delegate.updateSettings(values, secrets);
    }

    @Override
    public Organization allowJoin(boolean allow) {
        return delegate.allowJoin(allow);
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
