package io.orgkit.core.internal;

import io.orgkit.core.ConflictException;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ValidationException;
import io.orgkit.core.events.EventFeed;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.organizations.GenericOrganization;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.organizations.NewUser;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.store.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link OrganizationService} behind the builder. */
public final class DefaultOrganizationService implements OrganizationService {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultOrganizationService.class);
    private final ServiceContext ctx;

    public DefaultOrganizationService(ServiceContext ctx) {
        this.ctx = ctx;
    }

    public ServiceContext context() {
        return ctx;
    }

    @Override
    public Org create(NewOrganization spec) {
        String name = Rules.requireName("name", spec.name());
        if (Organization.GENERIC.equals(spec.type())) {
            return createGeneric(spec, name, false);
        }
        OrganizationProvider provider = provider(spec.type());
        ProviderSettings settings = SettingsOps.verified(ctx, provider, spec.settings(), spec.secrets());
        io.orgkit.core.internal.sync.ScopeCheck.validate(provider, settings, spec.syncScope());
        OrgId id = OrgId.random();
        String sealed = SettingsOps.seal(ctx, id, settings);
        Organization org = ctx.writeNewOrganization(tx -> {
            Organization created = OrgOps.insert(tx, id, spec, name, false, sealed);
            io.orgkit.core.internal.sync.ScopeCheck.store(tx.session(), id, spec.syncScope());
            return created;
        });
        LOG.info("Created {} organization '{}' ({})", provider.displayName(), name, org.id());
        return handle(org);
    }

    /** Creates a generic organization; the handle carries the leader's password when it was generated. */
    private Org createGeneric(NewOrganization spec, String name, boolean isDefault) {
        if (!spec.syncScope().isAll()) {
            throw ValidationException.of(
                    "syncScope",
                    "a generic organization is maintained here and syncs from no platform; a sync scope is only for"
                            + " synced organizations");
        }
        Creator creator = spec.leader();
        if (creator == null) {
            throw ValidationException.of("leader", "a generic organization needs its leader's name");
        }
        boolean generated =
                spec.password() == null && ctx.security().initialPassword().isGenerated();
        Secret password = spec.password() != null
                ? spec.password()
                : PasswordRules.initial(ctx.security().initialPassword());
        PasswordRules.check("password", password.reveal().toCharArray());
        NewMember leader = NewMember.named(creator.name()).phone(creator.phone());
        ctx.memberWrites()
                .rules()
                .draft(
                        OrgId.random(),
                        leader,
                        io.orgkit.core.departments.DepartmentId.of("check"),
                        "leader.",
                        null,
                        ctx.clock().instant());
        String hash = ctx.hasher().hash(password.reveal().toCharArray());
        Organization org = ctx.writeNewOrganization(tx -> OrgOps.installLeader(
                tx, ctx.memberWrites(), OrgOps.insert(tx, OrgId.random(), spec, name, isDefault, null), leader, hash));
        return new DefaultOrg(ctx, org.id(), generated ? password : null);
    }

    private OrganizationProvider provider(String type) {
        OrganizationProvider p = ctx.providers().get(type);
        if (p == null) {
            throw ValidationException.of(
                    "type",
                    "no provider for organization type '" + type + "' is registered"
                            + " (known: " + new TreeSet<>(ctx.providers().keySet())
                            + "); add its module, e.g. org-provider-"
                            + type
                            + ", to the classpath or register it with OrganizationService.builder().provider(...)");
        }
        return p;
    }

    @Override
    public Org ensureDefault(Creator creator) {
        Optional<Organization> existing = findDefault();
        if (existing.isPresent()) {
            return handle(existing.get());
        }
        NewOrganization spec = GenericOrganization.named(ctx.defaultOrganizationName(), creator.name())
                .phone(creator.phone())
                .build();
        try {
            return createGeneric(spec, Rules.requireName("name", spec.name()), true);
        } catch (ConflictException raced) {
            return handle(findDefault().orElseThrow(() -> raced));
        }
    }

    private Optional<Organization> findDefault() {
        return ctx.read(
                s -> s.organizations().stream().filter(Organization::isDefault).findFirst());
    }

    @Override
    public Org org(OrgId id) {
        return handle(ctx.read(s -> Guard.organization(s, id)));
    }

    private Org handle(Organization org) {
        return new DefaultOrg(ctx, org.id());
    }

    @Override
    public List<Organization> list() {
        return ctx.read(s -> s.organizations());
    }

    @Override
    public List<Member> registerUser(NewUser user) {
        Member probe = ctx.memberWrites()
                .rules()
                .draft(
                        OrgId.random(),
                        NewMember.named(user.name()).phone(user.phone()).email(user.email()),
                        io.orgkit.core.departments.DepartmentId.of("check"),
                        "",
                        null,
                        ctx.clock().instant());
        List<OrgId> joinable = ctx.read(s -> s.organizations().stream()
                .filter(o -> o.allowJoin() && !o.isSynced())
                .map(Organization::id)
                .toList());
        return ctx.writeAcross(joinable, tx -> {
            List<Member> added = new ArrayList<>();
            java.util.Set<OrgId> locked = new java.util.HashSet<>();
            tx.locked().forEach(o -> locked.add(o.id()));
            for (Organization o : tx.session().organizations()) {
                if (!locked.contains(o.id()) || !o.allowJoin() || o.isSynced() || alreadyMember(tx, o, probe)) {
                    continue;
                }
                NewMember n = NewMember.named(probe.name()).phone(probe.phone()).email(probe.email());
                added.add(ctx.memberWrites().add(tx, o.id(), n, ""));
            }
            return added;
        });
    }

    private static boolean alreadyMember(Tx tx, Organization o, Member probe) {
        return (probe.phone() != null
                        && tx.session()
                                .memberByKey(o.id(), UniqueKey.PHONE, probe.phone())
                                .isPresent())
                || (probe.email() != null
                        && tx.session()
                                .memberByKey(o.id(), UniqueKey.EMAIL, probe.email())
                                .isPresent());
    }

    @Override
    public io.orgkit.core.callbacks.Callbacks callbacks() {
        return new io.orgkit.core.internal.callbacks.CallbackRouter(
                ctx.as(new io.orgkit.core.events.Actor(io.orgkit.core.events.ActorKind.SYNC, "callback")));
    }

    @Override
    public int reencryptSecrets() {
        return SettingsOps.reencryptAll(ctx);
    }

    @Override
    public void delete(OrgId id) {
        ctx.read(s -> Guard.organization(s, id));
        io.orgkit.core.store.Leases leases = ctx.store().leases();
        String lease = LeaseNames.sync(id);
        String owner = "orgkit-delete-" + java.util.UUID.randomUUID();
        if (!leases.tryAcquire(lease, owner, java.time.Duration.ofMinutes(10))) {
            throw new io.orgkit.core.ConflictException(
                    "a sync of organization " + id + " is running; delete it when the sync has finished");
        }
        try {
            ctx.write(id, tx -> {
                tx.session().deleteOrganization(id);
                tx.emit(new io.orgkit.core.events.OrgEvent.OrganizationDeleted(id, tx.now()));
                return null;
            });
        } finally {
            leases.release(lease, owner);
        }
    }

    @Override
    public EventFeed events() {
        return new Feed(ctx);
    }

    @Override
    public OrganizationService as(io.orgkit.core.events.Actor actor) {
        return new DefaultOrganizationService(ctx.as(actor));
    }

    /** The feed over the store: typed pages read with {@link EventBus#read}. */
    private record Feed(ServiceContext ctx) implements EventFeed {
        @Override
        public List<io.orgkit.core.store.StoredEvent> after(long sequence, int limit) {
            return ctx.read(s -> s.eventsAfter(sequence, limit));
        }

        @Override
        public io.orgkit.core.Page<io.orgkit.core.events.FeedEvent> read(
                @org.jspecify.annotations.Nullable String cursor, int limit) {
            Cursors.limit(limit);
            long after = Cursors.event(cursor);
            return page(ctx.read(s -> s.eventsAfter(after, limit + 1)), limit);
        }

        @Override
        public io.orgkit.core.Page<io.orgkit.core.events.FeedEvent> read(
                OrgId org, @org.jspecify.annotations.Nullable String cursor, int limit) {
            io.orgkit.core.internal.Check.notNull(org, "org");
            Cursors.limit(limit);
            long after = Cursors.event(cursor);
            return page(ctx.read(s -> s.eventsOf(org, after, limit + 1)), limit);
        }

        private static io.orgkit.core.Page<io.orgkit.core.events.FeedEvent> page(
                List<io.orgkit.core.store.StoredEvent> stored, int limit) {
            List<io.orgkit.core.events.FeedEvent> typed =
                    stored.stream().map(EventBus::read).toList();
            return Cursors.page(typed, limit, io.orgkit.core.events.FeedEvent::cursor);
        }
    }

    @Override
    public void close() {
        ctx.store().close();
    }
}
