package io.orgkit.spring.boot.internal;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.callbacks.Callbacks;
import io.orgkit.core.events.Actor;
import io.orgkit.core.events.EventFeed;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.organizations.NewUser;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import java.util.List;

/** The service with every {@link Org} it hands out observed (syncs and imports publish Spring events). */
public final class ObservedOrganizationService implements OrganizationService {
    private final OrganizationService delegate;
    private final Observer observer;

    public ObservedOrganizationService(OrganizationService delegate, Observer observer) {
        this.delegate = delegate;
        this.observer = observer;
    }

    /** The service this one observes. */
    public OrganizationService delegate() {
        return delegate;
    }

    @Override
    public Org create(NewOrganization spec) {
        return new ObservedOrg(delegate.create(spec), observer);
    }

    @Override
    public Org ensureDefault(Creator creator) {
        return new ObservedOrg(delegate.ensureDefault(creator), observer);
    }

    @Override
    public Org org(OrgId id) {
        return new ObservedOrg(delegate.org(id), observer);
    }

    @Override
    public OrganizationService as(Actor actor) {
        return new ObservedOrganizationService(delegate.as(actor), observer);
    }

    @Override
    public void delete(OrgId id) {
        delegate.delete(id);
    }

    @Override
    public List<Organization> list() {
        return delegate.list();
    }

    @Override
    public List<Member> registerUser(NewUser user) {
        return delegate.registerUser(user);
    }

    @Override
    public Callbacks callbacks() {
        return delegate.callbacks();
    }

    @Override
    public int reencryptSecrets() {
        return delegate.reencryptSecrets();
    }

    @Override
    public EventFeed events() {
        return delegate.events();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return "Observed[" + delegate + "]";
    }
}
