package io.orgkit.provider.teams;

import io.orgkit.core.ValidationException;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.support.HttpProviderConfig;
import io.orgkit.provider.support.HttpSettings;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The settings of one Teams (Entra ID) organization, typed and validated: the app registration's tenant, client
 * id and secret, how to reach Graph ({@link HttpProviderConfig}) and the identity platform, and where departments
 * come from. Core's URL rule applies to both hosts when an organization is created or its settings are read: https,
 * except on the loopback interface (a simulator) unless the service or organization allows insecure http
 * ({@code docs/security.md}). {@code toString()} never shows the secret. Build one with {@link #builder}, or read a stored organization's with {@link #from}.
 *
 * @param http              where and how fast to call Microsoft Graph
 * @param loginUrl          the Microsoft identity platform's host (token, authorize, keys)
 * @param tenantId          the Directory (tenant) ID, or a verified domain such as {@code contoso.onmicrosoft.com}
 * @param clientId          the Application (client) ID
 * @param clientSecret      a client secret's value
 * @param departmentMapping where departments come from
 * @param rootGroupId       the root group's object id ({@link DepartmentMapping#GROUPS} only), else null
 * @param rootName          the root department's name ({@link DepartmentMapping#DEPARTMENT_FIELD})
 */
public record TeamsConfig(
        HttpProviderConfig http,
        URI loginUrl,
        String tenantId,
        String clientId,
        Secret clientSecret,
        DepartmentMapping departmentMapping,
        @Nullable String rootGroupId,
        String rootName) {

    /** Graph's defaults: 20 calls/s, 4 in flight, 5 attempts, 0.5 s .. 30 s back-off. */
    public static final HttpProviderConfig DEFAULT_HTTP = HttpProviderConfig.builder(
                    URI.create(Teams.DEFAULT_GRAPH_URL))
            .maxQps(Teams.DEFAULT_MAX_QPS)
            .maxInFlight(4)
            .build();

    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,99}");
    private static final Pattern OBJECT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,99}");

    /**
     * Checks every value.
     *
     * @throws ValidationException  naming the first bad value
     * @throws NullPointerException when a value is missing
     */
    public TeamsConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(loginUrl, Teams.LOGIN_URL);
        Objects.requireNonNull(clientSecret, Teams.CLIENT_SECRET);
        Objects.requireNonNull(departmentMapping, Teams.DEPARTMENT_MAPPING);
        Objects.requireNonNull(rootName, Teams.ROOT_NAME);
        tenantId = matching(Teams.TENANT_ID, tenantId, TENANT, "a Directory (tenant) ID or a verified domain");
        clientId = matching(Teams.CLIENT_ID, clientId, OBJECT_ID, "an Application (client) ID");
        if (departmentMapping == DepartmentMapping.GROUPS) {
            if (rootGroupId == null) {
                throw ValidationException.of(
                        Teams.ROOT_GROUP_ID, "is required with the GROUPS mapping: the object id of the root group");
            }
            rootGroupId = matching(Teams.ROOT_GROUP_ID, rootGroupId, OBJECT_ID, "a group's object id");
        }
        if (rootName.isBlank() || rootName.length() > 100) {
            throw ValidationException.of(Teams.ROOT_NAME, "must be 1 .. 100 characters");
        }
    }

    /**
     * A builder with Microsoft's hosts, {@link #DEFAULT_HTTP} and the {@code DEPARTMENT_FIELD} mapping.
     *
     * @throws NullPointerException when a value is missing
     */
    public static Builder builder(String tenantId, String clientId, String clientSecret) {
        return new Builder(tenantId, clientId, Secret.of(clientSecret));
    }

    /**
     * Reads and checks an organization's stored settings.
     *
     * @throws ValidationException naming the first bad value
     */
    public static TeamsConfig from(ProviderSettings settings) {
        return new TeamsConfig(
                HttpSettings.read(settings, DEFAULT_HTTP),
                HttpSettings.checkedUrl(
                        Teams.LOGIN_URL,
                        settings.optionalValue(Teams.LOGIN_URL).orElse(Teams.DEFAULT_LOGIN_URL),
                        Teams.DEFAULT_LOGIN_URL),
                settings.value(Teams.TENANT_ID),
                settings.value(Teams.CLIENT_ID),
                settings.secret(Teams.CLIENT_SECRET),
                mapping(settings),
                settings.optionalValue(Teams.ROOT_GROUP_ID).orElse(null),
                settings.optionalValue(Teams.ROOT_NAME).orElse(Teams.DEFAULT_ROOT_NAME));
    }

    /** The non-secret settings that store this config (the secret is stored sealed, apart). */
    public Map<String, String> toSettings() {
        Map<String, String> out = new LinkedHashMap<>(HttpSettings.write(http));
        out.put(Teams.LOGIN_URL, loginUrl.toString());
        out.put(Teams.TENANT_ID, tenantId);
        out.put(Teams.CLIENT_ID, clientId);
        out.put(Teams.DEPARTMENT_MAPPING, departmentMapping.name());
        if (rootGroupId != null) {
            out.put(Teams.ROOT_GROUP_ID, rootGroupId);
        }
        out.put(Teams.ROOT_NAME, rootName);
        return out;
    }

    /** Microsoft Graph's host. */
    public URI graphUrl() {
        return http.baseUrl();
    }

    private static DepartmentMapping mapping(ProviderSettings settings) {
        String raw = settings.optionalValue(Teams.DEPARTMENT_MAPPING).orElse(DepartmentMapping.DEPARTMENT_FIELD.name());
        try {
            return DepartmentMapping.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(
                    Teams.DEPARTMENT_MAPPING,
                    "must be DEPARTMENT_FIELD or GROUPS, was '" + HttpSettings.quote(raw) + "'");
        }
    }

    private static String matching(String field, @Nullable String value, Pattern pattern, String what) {
        Objects.requireNonNull(value, field);
        String v = value.trim();
        if (!pattern.matcher(v).matches()) {
            throw ValidationException.of(field, "must be " + what + ", was '" + HttpSettings.quote(value) + "'");
        }
        return v;
    }

    /** Builds a {@link TeamsConfig}. */
    public static final class Builder {
        private final String tenantId;
        private final String clientId;
        private final Secret clientSecret;
        private HttpProviderConfig http = DEFAULT_HTTP;
        private URI loginUrl = URI.create(Teams.DEFAULT_LOGIN_URL);
        private DepartmentMapping departmentMapping = DepartmentMapping.DEPARTMENT_FIELD;
        private @Nullable String rootGroupId;
        private String rootName = Teams.DEFAULT_ROOT_NAME;

        private Builder(String tenantId, String clientId, Secret clientSecret) {
            this.tenantId = tenantId;
            this.clientId = clientId;
            this.clientSecret = clientSecret;
        }

        /** How to reach Graph; start from {@link #DEFAULT_HTTP}{@code .toBuilder()}. */
        public Builder http(HttpProviderConfig value) {
            http = value;
            return this;
        }

        /** Points both the Graph host and the login host at {@code url}, e.g. a simulator. */
        public Builder allHostsAt(URI url) {
            http = http.toBuilder().baseUrl(url).build();
            loginUrl = url;
            return this;
        }

        /** Where departments come from. */
        public Builder departmentMapping(DepartmentMapping value) {
            departmentMapping = value;
            return this;
        }

        /** The {@code GROUPS} mapping with {@code groupId} as the root group. */
        public Builder rootGroup(String groupId) {
            departmentMapping = DepartmentMapping.GROUPS;
            rootGroupId = groupId;
            return this;
        }

        /** The root department's name ({@code DEPARTMENT_FIELD} mapping). */
        public Builder rootName(String value) {
            rootName = value;
            return this;
        }

        /**
         * The config.
         *
         * @throws ValidationException naming the first bad value
         */
        public TeamsConfig build() {
            return new TeamsConfig(
                    http, loginUrl, tenantId, clientId, clientSecret, departmentMapping, rootGroupId, rootName);
        }
    }
}
