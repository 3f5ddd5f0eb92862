package io.orgkit.core.internal;

import io.orgkit.core.events.Actor;
import io.orgkit.core.events.OrgEventListener;
import io.orgkit.core.internal.members.MemberRules;
import io.orgkit.core.internal.members.MemberWrites;
import io.orgkit.core.internal.members.PhoneNumbers;
import io.orgkit.core.internal.search.SearchIndex;
import io.orgkit.core.internal.search.SearchTerms;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.PasswordHasher;
import io.orgkit.core.spi.SecretCipher;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What every part of the service shares: the store, providers, clock, ciphers and the event bus. */
public final class ServiceContext {
    private final OrgStore store;
    private final Map<String, OrganizationProvider> providers;
    private final Clock clock;
    private final @Nullable SecretCipher cipher;
    private final PasswordHasher hasher;
    private final EventBus events;
    private final String defaultOrganizationName;
    private final SecurityOptions security;
    private final MemberWrites memberWrites;
    private final SearchIndex search;
    private final Actor actor;

    /** A context with the default member rules (phone region CN) and no search-term plug-ins (for tests). */
    public ServiceContext(
            OrgStore store,
            Map<String, OrganizationProvider> providers,
            Clock clock,
            @Nullable SecretCipher cipher,
            PasswordHasher hasher,
            List<OrgEventListener> listeners,
            String defaultOrganizationName,
            SecurityOptions security) {
        this(
                store,
                providers,
                clock,
                cipher,
                hasher,
                listeners,
                defaultOrganizationName,
                security,
                new SearchTerms(List.of()),
                new MemberWrites(new MemberRules(new PhoneNumbers(PhoneNumbers.DEFAULT_REGION))));
    }

    public ServiceContext(
            OrgStore store,
            Map<String, OrganizationProvider> providers,
            Clock clock,
            @Nullable SecretCipher cipher,
            PasswordHasher hasher,
            List<OrgEventListener> listeners,
            String defaultOrganizationName,
            SecurityOptions security,
            SearchTerms terms,
            MemberWrites memberWrites) {
        this.memberWrites = memberWrites;
        this.store = store;
        this.providers = providers;
        this.clock = clock;
        this.cipher = cipher;
        this.hasher = hasher;
        this.events = new EventBus(listeners);
        this.defaultOrganizationName = defaultOrganizationName;
        this.security = security;
        this.search = new SearchIndex(store, terms);
        this.actor = Actor.UNATTRIBUTED;
    }

    private ServiceContext(ServiceContext base, Actor actor) {
        this.memberWrites = base.memberWrites;
        this.store = base.store;
        this.providers = base.providers;
        this.clock = base.clock;
        this.cipher = base.cipher;
        this.hasher = base.hasher;
        this.events = base.events;
        this.defaultOrganizationName = base.defaultOrganizationName;
        this.security = base.security;
        this.search = base.search;
        this.actor = actor;
    }

    /**
     * The same context whose writes are recorded as made by {@code actor} (everything else is shared).
     *
     * @throws io.orgkit.core.ValidationException when {@code actor} is null
     */
    public ServiceContext as(Actor actor) {
        return new ServiceContext(this, io.orgkit.core.internal.Check.notNull(actor, "actor"));
    }

    /** Who this context's writes are recorded as made by. */
    public Actor actor() {
        return actor;
    }

    /** The search terms kept by the store for every organization. */
    public SearchIndex search() {
        return search;
    }

    /**
     * Runs {@code work} in one store transaction that first locks {@code org} (every write of an organization's
     * data goes through here): writers of one organization, in this process or another sharing the database, run
     * one after another, and everything {@code work} reads was committed before it got the lock, so its checks
     * still hold when it writes. Its events are fed in the transaction and delivered after the commit.
     *
     * @throws io.orgkit.core.NotFoundException when the organization does not exist
     * @throws io.orgkit.core.ConflictException when the lock is not granted within the store's lock timeout
     */
    public <T> T write(OrgId org, Function<Tx, T> work) {
        return transaction(
                session -> List.of(session.lockOrganization(org).orElseThrow(() -> Guard.missingOrganization(org))),
                work);
    }

    /**
     * Runs {@code work} in one transaction that locks the existing organizations among {@code orgs}, always in
     * the order of their ids, so two such writers cannot deadlock; {@link Tx#locked()} tells which ones exist.
     */
    public <T> T writeAcross(Collection<OrgId> orgs, Function<Tx, T> work) {
        List<OrgId> ordered = orgs.stream()
                .distinct()
                .sorted(Comparator.comparing(OrgId::value))
                .toList();
        return transaction(
                session -> ordered.stream()
                        .map(session::lockOrganization)
                        .flatMap(Optional::stream)
                        .toList(),
                work);
    }

    /** Runs {@code work}, which creates an organization, in one transaction: there is nothing to lock yet. */
    public <T> T writeNewOrganization(Function<Tx, T> work) {
        return transaction(session -> List.of(), work);
    }

    private <T> T transaction(Function<StoreSession, List<Organization>> lock, Function<Tx, T> work) {
        Tx[] holder = new Tx[1];
        T result = store.write(session -> {
            Tx tx = new Tx(session, lock.apply(session), clock.instant(), search.terms());
            holder[0] = tx;
            T r = work.apply(tx);
            events.feed(session, tx.events(), actor);
            return r;
        });
        events.deliver(holder[0].events(), actor);
        return result;
    }

    public <T> T read(Function<StoreSession, T> work) {
        return store.read(work);
    }

    public OrgStore store() {
        return store;
    }

    public Map<String, OrganizationProvider> providers() {
        return providers;
    }

    public Clock clock() {
        return clock;
    }

    public @Nullable SecretCipher cipher() {
        return cipher;
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public EventBus events() {
        return events;
    }

    /** The one member write path (normalization, validation, uniqueness, events, derived data). */
    public MemberWrites memberWrites() {
        return memberWrites;
    }

    public String defaultOrganizationName() {
        return defaultOrganizationName;
    }

    /** The initial-password policy and the plain-http rule. */
    public SecurityOptions security() {
        return security;
    }
}
