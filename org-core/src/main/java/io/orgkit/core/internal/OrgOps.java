package io.orgkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.OrgKitException;
import io.orgkit.core.events.OrgEvent;
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
import io.orgkit.core.spi.Secret;
import io.orgkit.core.spi.SecretCipher;
import io.orgkit.core.store.PasswordCredential;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Creating organizations (root, built-in roles, leader) and reading a synced organization's settings. */
public final class OrgOps {
    /** Attribute under which a synced organization's secrets are kept, encrypted. */
    public static final String SECRETS_ATTRIBUTE = "provider.secrets";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OrgOps() {
    }

    /** Stores a new organization with its root department and the built-in administrator role. */
    public static Organization insert(Tx tx, NewOrganization spec, String name, boolean isDefault,
                                      @Nullable String sealedSecrets) {
        OrgId id = OrgId.random();
        Organization org = new Organization(id, name, spec.type(), null, spec.allowJoin(), isDefault, spec.settings(),
                tx.now());
        tx.session().insertOrganization(org);
        tx.search().organizationCreated(id);
        DepartmentOps.createRoot(tx, id, name);
        RoleGroup system = new RoleGroup(RoleGroupId.random(), id, "System");
        tx.session().insertRoleGroup(system);
        tx.session().insertRole(new Role(RoleId.random(), id, system.id(), "Administrator", Role.ADMIN));
        if (sealedSecrets != null) {
            tx.session().putAttribute(id, SECRETS_ATTRIBUTE, sealedSecrets);
        }
        tx.emit(new OrgEvent.OrganizationCreated(id, tx.now(), name, spec.type()));
        return org;
    }

    /** Adds the creator as first member, leader and administrator, with the initial password flagged must-change. */
    public static Organization installLeader(Tx tx, Organization org, NewMember leader, String passwordHash) {
        Member m = MemberOps.insert(tx, MemberOps.draft(org.id(), leader, Guard.rootId(org.id()), "leader.", null,
                tx.now()));
        Role admin = tx.session().roleByKey(org.id(), Role.ADMIN).orElseThrow();
        tx.session().addRoleMembers(org.id(), admin.id(), List.of(m.id()));
        tx.session().saveCredential(org.id(), m.id(), new PasswordCredential(passwordHash, true, tx.now()));
        Organization withLeader = org.withLeader(m.id());
        tx.session().updateOrganization(withLeader);
        tx.emit(new OrgEvent.RoleMembersChanged(org.id(), tx.now(), admin.id(), List.of(m.id()), List.of()));
        tx.emit(new OrgEvent.LeaderChanged(org.id(), tx.now(), m.id()));
        return withLeader;
    }

    public static String seal(SecretCipher cipher, Map<String, Secret> secrets) {
        Map<String, String> plain = new LinkedHashMap<>();
        secrets.forEach((k, v) -> plain.put(k, v.reveal()));
        try {
            return cipher.encrypt(JSON.writeValueAsString(plain));
        } catch (JsonProcessingException e) {
            throw new OrgKitException("could not encode provider secrets");
        }
    }

    /** The settings a provider needs for {@code org}: its plain settings and its decrypted secrets. */
    public static ProviderSettings settings(ServiceContext ctx, Organization org) {
        String sealed = ctx.read(s -> s.attribute(org.id(), SECRETS_ATTRIBUTE)).orElse(null);
        Map<String, Secret> secrets = new LinkedHashMap<>();
        if (sealed != null) {
            SecretCipher cipher = ctx.cipher();
            if (cipher == null) {
                throw new OrgKitException("organization '" + org.name() + "' has encrypted credentials but no secret"
                        + " key is configured; set OrganizationService.builder().secretKey(...) to the key used when it"
                        + " was created");
            }
            try {
                Map<String, String> plain = JSON.readValue(cipher.decrypt(sealed), new TypeReference<>() { });
                plain.forEach((k, v) -> secrets.put(k, Secret.of(v)));
            } catch (JsonProcessingException e) {
                throw new OrgKitException("stored provider secrets of '" + org.name() + "' are unreadable");
            }
        }
        return new ProviderSettings(org.settings(), secrets);
    }
}
