package io.orgkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.IntegrityException;
import io.orgkit.core.OrgKitException;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.spi.SecretCipher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of a synced organization's stored settings record (attribute {@value #ATTRIBUTE}): each secret
 * sealed on its own, bound to the organization and its field name, plus a sealed copy of the plain settings
 * ({@code baseUrl}, ...), which must equal the organization's stored settings when read. Format:
 * {@code {"format":2,"secrets":{"appSecret":"v2:<key id>:..."},"settings":"v2:<key id>:..."}}. A record of OrgKit
 * 0.1 (one {@code v1:} ciphertext of all secrets, settings not covered) is still read.
 */
final class SealedSettings {
    static final String ATTRIBUTE = "provider.secrets";
    private static final Logger LOG = LoggerFactory.getLogger(SealedSettings.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

    private SealedSettings() {}

    /** The record for {@code org}'s settings and secrets, sealed with the cipher's current key. */
    static String seal(SecretCipher cipher, OrgId org, Map<String, String> values, Map<String, Secret> secrets) {
        Map<String, String> sealed = new TreeMap<>();
        secrets.forEach((name, secret) ->
                sealed.put(name, cipher.encrypt(secret.reveal(), context(org, "secret:" + name))));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("format", 2);
        record.put("secrets", sealed);
        record.put("settings", cipher.encrypt(json(new TreeMap<>(values)), context(org, "settings")));
        return json(record);
    }

    /**
     * The settings a provider may use for {@code org}, opened from {@code record} and checked: the secrets open for
     * this organization and field, the plain settings equal their sealed copy.
     *
     * @throws IntegrityException when something was altered, copied, or cannot be opened with the configured keys
     */
    static ProviderSettings open(@Nullable SecretCipher cipher, Organization org, @Nullable String record) {
        if (record == null) {
            if (cipher != null && org.isSynced()) {
                throw new IntegrityException("the settings of organization '" + org.name() + "' (" + org.id() + ") are"
                        + " not sealed (stored by an older OrgKit without secrets, or the sealed record was removed);"
                        + " nothing was sent. If the stored settings are right, seal them with"
                        + " OrganizationService.reencryptSecrets()");
            }
            return new ProviderSettings(org.settings(), Map.of());
        }
        if (cipher == null) {
            throw new OrgKitException("organization '" + org.name() + "' has encrypted credentials but no secret"
                    + " key is configured; set OrganizationService.builder().secretKey(...) to the key used when it"
                    + " was created");
        }
        return record.startsWith("{") ? openRecord(cipher, org, record) : openLegacy(cipher, org, record);
    }

    private static ProviderSettings openRecord(SecretCipher cipher, Organization org, String record) {
        Map<String, Object> parsed = parse(org, record, new TypeReference<>() {});
        if (!(parsed.get("secrets") instanceof Map<?, ?> sealed) || !(parsed.get("settings") instanceof String copy)) {
            throw new IntegrityException("the sealed settings of organization '" + org.name() + "' are incomplete;"
                    + " they were altered outside OrgKit; nothing was sent");
        }
        Map<String, String> values = parse(org, open(cipher, org, "settings", copy), STRINGS);
        if (!values.equals(org.settings())) {
            throw new IntegrityException("the stored settings of organization '" + org.name() + "' (" + org.id()
                    + ") differ from their sealed copy (" + changed(values, org.settings()) + "): they were altered"
                    + " outside OrgKit, so nothing was sent. Restore them, or set them with Org.updateSettings(...)");
        }
        Map<String, Secret> secrets = new LinkedHashMap<>();
        sealed.forEach((name, value) -> secrets.put(
                String.valueOf(name), Secret.of(open(cipher, org, "secret:" + name, String.valueOf(value)))));
        return new ProviderSettings(values, secrets);
    }

    private static ProviderSettings openLegacy(SecretCipher cipher, Organization org, String record) {
        LOG.warn(
                "Organization {} keeps its secrets in the OrgKit 0.1 format (not bound to it, settings not sealed);"
                        + " call OrganizationService.reencryptSecrets() once to upgrade",
                org.id());
        Map<String, String> plain = parse(org, decrypt(org, "secrets", () -> cipher.decrypt(record)), STRINGS);
        Map<String, Secret> secrets = new LinkedHashMap<>();
        plain.forEach((k, v) -> secrets.put(k, Secret.of(v)));
        return new ProviderSettings(org.settings(), secrets);
    }

    private static String open(SecretCipher cipher, Organization org, String field, String ciphertext) {
        return decrypt(org, field, () -> cipher.decrypt(ciphertext, context(org.id(), field)));
    }

    private static String decrypt(Organization org, String field, java.util.function.Supplier<String> work) {
        try {
            return work.get();
        } catch (OrgKitException e) {
            throw new IntegrityException(
                    "organization '" + org.name() + "' (" + org.id() + "), sealed field '" + field + "': "
                            + e.getMessage() + "; nothing was sent",
                    e);
        }
    }

    /** What a sealed value is bound to: the organization and the field. */
    static String context(OrgId org, String field) {
        return "org=" + org.value() + "\nfield=" + field;
    }

    private static String changed(Map<String, String> sealed, Map<String, String> stored) {
        TreeMap<String, String> names = new TreeMap<>();
        sealed.forEach((k, v) -> names.put(k, ""));
        stored.forEach((k, v) -> names.put(k, ""));
        names.keySet().removeIf(k -> java.util.Objects.equals(sealed.get(k), stored.get(k)));
        String list = String.join(", ", names.keySet());
        return "changed: " + (list.length() > 100 ? list.substring(0, 100) + "..." : list);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new OrgKitException("could not encode provider settings");
        }
    }

    private static <T> T parse(Organization org, String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IntegrityException("the sealed settings of organization '" + org.name() + "' are unreadable;"
                    + " they were altered outside OrgKit; nothing was sent");
        }
    }
}
