package io.orgkit.core.internal;

import io.orgkit.core.ConflictException;
import io.orgkit.core.OrgKitException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.CredentialField;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.spi.SecretCipher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A synced organization's provider settings: checked (required fields, https rule, the platform) before they are
 * stored, changed with {@code Org.updateSettings}, and re-sealed with the current key ({@code reencryptSecrets}).
 */
final class SettingsOps {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsOps.class);

    private SettingsOps() {}

    /**
     * Checks settings for {@code provider} (required fields present, URLs over https, a cipher for secrets) and has the
     * platform verify them; returns them as the provider sees them.
     */
    static ProviderSettings verified(
            ServiceContext ctx,
            OrganizationProvider provider,
            Map<String, String> values,
            Map<String, Secret> secrets) {
        Rules r = Rules.check();
        for (CredentialField f : provider.credentialFields()) {
            boolean present = f.secret()
                    ? secrets.containsKey(f.name()) && !secrets.get(f.name()).isBlank()
                    : values.containsKey(f.name()) && !values.get(f.name()).isBlank();
            if (f.required() && !present) {
                r.fail(f.name(), f.label() + " is required for a " + provider.displayName() + " organization");
            }
        }
        r.throwIfAny();
        UrlRule.check(values, ctx.security().allowInsecureHttp());
        if (!secrets.isEmpty() && ctx.cipher() == null) {
            throw new OrgKitException("a " + provider.displayName() + " organization keeps its secrets encrypted;"
                    + " configure OrganizationService.builder().secretKey(...) (at least 16 characters) first");
        }
        ProviderSettings settings = new ProviderSettings(values, secrets);
        provider.verify(settings);
        return settings;
    }

    /** The record to store for new settings, or null when no cipher is configured (then there are no secrets). */
    static @Nullable String seal(ServiceContext ctx, OrgId org, ProviderSettings settings) {
        SecretCipher cipher = ctx.cipher();
        return cipher == null ? null : SealedSettings.seal(cipher, org, settings.values(), settings.secrets());
    }

    /**
     * Merges {@code values} and {@code secrets} into the stored settings (a blank one removes it), verifies them
     * with the platform, then stores them sealed; refused if another call changed them meanwhile.
     */
    static Organization update(ServiceContext ctx, OrgId id, Map<String, String> values, Map<String, Secret> secrets) {
        Organization org = ctx.read(s -> Guard.organization(s, id));
        if (!org.isSynced()) {
            throw ValidationException.of(
                    "settings",
                    "organization '" + org.name() + "' is generic: it has no" + " platform settings to update");
        }
        OrganizationProvider provider = ctx.providers().get(org.type());
        if (provider == null) {
            throw ValidationException.of(
                    "type",
                    "no provider for organization type '" + org.type() + "' is registered;"
                            + " add its module to the classpath");
        }
        OrgOps.Stored before = stored(ctx, id);
        ProviderSettings current = SealedSettings.open(ctx.cipher(), before.org(), before.record());
        ProviderSettings next = verified(
                ctx,
                provider,
                merge(current.values(), values, String::isBlank),
                merge(current.secrets(), secrets, Secret::isBlank));
        String record = seal(ctx, id, next);
        Organization updated = ctx.write(id, tx -> {
            Organization now = Guard.organization(tx.session(), id);
            if (!unchanged(tx, now, before)) {
                throw new ConflictException("the settings of organization '" + now.name() + "' were changed by"
                        + " another call meanwhile; nothing was stored. Check them and update again");
            }
            Organization changed = OrganizationCopies.configured(now, next.values());
            tx.session().updateOrganization(changed);
            tx.session().putAttribute(id, SealedSettings.ATTRIBUTE, record);
            return changed;
        });
        LOG.info(
                "Updated the settings of {} organization {} (changed: {})",
                provider.displayName(),
                id,
                new java.util.TreeSet<>(changedNames(values, secrets)));
        return updated;
    }

    /** Opens and re-seals every synced organization's settings with the current key; returns how many. */
    static int reencryptAll(ServiceContext ctx) {
        if (ctx.cipher() == null) {
            throw new OrgKitException("no secret key is configured; set OrganizationService.builder().secretKey(...)"
                    + " (and previousSecretKeys(...) with the keys the data was sealed with) first");
        }
        int count = 0;
        for (Organization listed : ctx.read(s -> s.organizations())) {
            if (listed.isSynced() && reseal(ctx, listed.id())) {
                count++;
            }
        }
        LOG.info(
                "Re-sealed the provider settings of {} organizations with key id {}",
                count,
                ctx.cipher().currentKeyId());
        return count;
    }

    private static boolean reseal(ServiceContext ctx, OrgId id) {
        OrgOps.Stored before = stored(ctx, id);
        ProviderSettings settings = before.record() == null
                ? new ProviderSettings(before.org().settings(), Map.of())
                : SealedSettings.open(ctx.cipher(), before.org(), before.record());
        String record = seal(ctx, id, settings);
        return ctx.write(id, tx -> {
            if (!unchanged(tx, Guard.organization(tx.session(), id), before)) {
                return false; // changed meanwhile (updateSettings seals with the current key itself)
            }
            tx.session().putAttribute(id, SealedSettings.ATTRIBUTE, record);
            return true;
        });
    }

    private static OrgOps.Stored stored(ServiceContext ctx, OrgId id) {
        return ctx.read(s -> new OrgOps.Stored(
                Guard.organization(s, id),
                s.attribute(id, SealedSettings.ATTRIBUTE).orElse(null)));
    }

    /** Whether the organization's settings and sealed record are still what was read before. */
    private static boolean unchanged(Tx tx, Organization now, OrgOps.Stored before) {
        return now.settings().equals(before.org().settings())
                && Objects.equals(
                        tx.session()
                                .attribute(now.id(), SealedSettings.ATTRIBUTE)
                                .orElse(null),
                        before.record());
    }

    private static <V> Map<String, V> merge(
            Map<String, V> current, Map<String, V> changes, java.util.function.Predicate<V> removes) {
        Map<String, V> merged = new LinkedHashMap<>(current);
        changes.forEach((k, v) -> {
            if (removes.test(v)) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        return merged;
    }

    private static java.util.Set<String> changedNames(Map<String, String> values, Map<String, Secret> secrets) {
        java.util.Set<String> names = new java.util.HashSet<>(values.keySet());
        names.addAll(secrets.keySet());
        return names;
    }
}
