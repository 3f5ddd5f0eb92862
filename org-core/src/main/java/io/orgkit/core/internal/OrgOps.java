package io.orgkit.core.internal;

import io.orgkit.core.IntegrityException;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.internal.members.MemberWrites;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.store.PasswordCredential;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Creating organizations (root, built-in roles, leader) and reading a synced organization's settings. */
public final class OrgOps {
    /** Attribute under which a synced organization's secrets are kept, encrypted. */
    public static final String SECRETS_ATTRIBUTE = SealedSettings.ATTRIBUTE;

    private OrgOps() {}

    /** Stores a new organization with its root department and the built-in administrator role. */
    public static Organization insert(
            Tx tx, OrgId id, NewOrganization spec, String name, boolean isDefault, @Nullable String sealedSettings) {
        Organization org =
                new Organization(id, name, spec.type(), null, spec.allowJoin(), isDefault, spec.settings(), tx.now());
        tx.session().insertOrganization(org);
        tx.search().organizationCreated(id);
        DepartmentOps.createRoot(tx, id, name);
        RoleGroup system = new RoleGroup(RoleGroupId.random(), id, "System");
        tx.session().insertRoleGroup(system);
        tx.session().insertRole(new Role(RoleId.random(), id, system.id(), "Administrator", Role.ADMIN));
        if (sealedSettings != null) {
            tx.session().putAttribute(id, SECRETS_ATTRIBUTE, sealedSettings);
        }
        tx.emit(new OrgEvent.OrganizationCreated(id, tx.now(), name, spec.type()));
        return org;
    }

    /** Adds the creator as first member, leader and administrator, with the initial password flagged must-change. */
    public static Organization installLeader(
            Tx tx, MemberWrites writes, Organization org, NewMember leader, String passwordHash) {
        Member m = writes.add(tx, org.id(), leader, "leader.");
        Role admin = tx.session().roleByKey(org.id(), Role.ADMIN).orElseThrow();
        tx.session().addRoleMembers(org.id(), admin.id(), List.of(m.id()));
        tx.session().saveCredential(org.id(), m.id(), new PasswordCredential(passwordHash, true, tx.now()));
        Organization withLeader = OrganizationCopies.led(org, m.id());
        tx.session().updateOrganization(withLeader);
        tx.emit(new OrgEvent.RoleMembersChanged(org.id(), tx.now(), admin.id(), List.of(m.id()), List.of()));
        tx.emit(new OrgEvent.LeaderChanged(org.id(), tx.now(), m.id()));
        return withLeader;
    }

    /**
     * The settings a provider may use for {@code org}: its plain settings and its decrypted secrets, checked against
     * their sealed copy and the https rule before anything is sent.
     *
     * @throws io.orgkit.core.IntegrityException when the stored settings or secrets were altered or copied
     * @throws io.orgkit.core.ValidationException when a URL setting breaks the https rule
     */
    public static ProviderSettings settings(ServiceContext ctx, Organization org) {
        ProviderSettings settings;
        try {
            settings = openStored(ctx, org.id());
        } catch (IntegrityException possiblyRacedWithAnUpdate) {
            settings = openStored(ctx, org.id());
        }
        UrlRule.check(settings.values(), ctx.security().allowInsecureHttp());
        return settings;
    }

    private static ProviderSettings openStored(ServiceContext ctx, OrgId id) {
        Stored stored = ctx.read(s -> new Stored(
                Guard.organization(s, id), s.attribute(id, SECRETS_ATTRIBUTE).orElse(null)));
        return SealedSettings.open(ctx.cipher(), stored.org(), stored.record());
    }

    /** An organization and its sealed settings record, read together. */
    record Stored(Organization org, @Nullable String record) {}
}
