package io.orgkit.provider.teams;

import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.support.HttpSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Creates Microsoft Teams (Entra ID) organizations and names their settings.
 * <pre>{@code
 * Org teams = orgs.create(Teams.organization("ACME", tenantId, clientId, clientSecret));
 * }</pre>
 */
public final class Teams {
    /** The organization type. */
    public static final String TYPE = "teams";
    /** Directory (tenant) ID of the Entra tenant (Entra admin center: the app registration's Overview). */
    public static final String TENANT_ID = "tenantId";
    /** Application (client) ID of the app registration. */
    public static final String CLIENT_ID = "clientId";
    /** A client secret's Value of the app registration; kept encrypted, never logged. */
    public static final String CLIENT_SECRET = "clientSecret";
    /** Optional: {@code DEPARTMENT_FIELD} (default) or {@code GROUPS}; see {@link DepartmentMapping}. */
    public static final String DEPARTMENT_MAPPING = "departmentMapping";
    /** The object id of the root group; required with the {@code GROUPS} mapping. */
    public static final String ROOT_GROUP_ID = "rootGroupId";
    /** Optional: the root department's name with the {@code DEPARTMENT_FIELD} mapping; {@value #DEFAULT_ROOT_NAME} unless set. */
    public static final String ROOT_NAME = "rootName";
    /** Optional: Microsoft Graph's host; {@value #DEFAULT_GRAPH_URL} unless set (tests point it at a simulator). */
    public static final String BASE_URL = HttpSettings.BASE_URL;
    /** Optional: the Microsoft identity platform's host; {@value #DEFAULT_LOGIN_URL} unless set. */
    public static final String LOGIN_URL = "loginUrl";
    /** Optional: most Graph calls per second; {@value #DEFAULT_MAX_QPS} unless set, 0 for no limit. */
    public static final String MAX_QPS = HttpSettings.MAX_QPS;
    /** Optional: attempts per call on 429, 5xx and I/O failures; 5 unless set. */
    public static final String MAX_ATTEMPTS = HttpSettings.MAX_ATTEMPTS;
    /** Optional: first back-off pause in milliseconds, doubled per retry (with jitter); 500 unless set. */
    public static final String BACKOFF_MILLIS = HttpSettings.BACKOFF_MILLIS;
    /** Optional: longest back-off pause and longest {@code Retry-After} waited for, in milliseconds; 30000 unless set. */
    public static final String MAX_BACKOFF_MILLIS = HttpSettings.MAX_BACKOFF_MILLIS;
    /** Optional: most calls in flight at once (group mapping); 4 unless set. */
    public static final String MAX_IN_FLIGHT = HttpSettings.MAX_IN_FLIGHT;
    /** Optional: connect and read timeout in milliseconds; 10000 unless set. */
    public static final String TIMEOUT_MILLIS = HttpSettings.TIMEOUT_MILLIS;

    /** Microsoft Graph. */
    public static final String DEFAULT_GRAPH_URL = "https://graph.microsoft.com";
    /** The Microsoft identity platform (global cloud). */
    public static final String DEFAULT_LOGIN_URL = "https://login.microsoftonline.com";
    /** The root department's name unless {@link #ROOT_NAME} is set. */
    public static final String DEFAULT_ROOT_NAME = "All users";
    /** Graph allows far more for directory reads; 20 calls a second keeps a sync well clear of throttling. */
    public static final int DEFAULT_MAX_QPS = 20;

    private Teams() {}

    /** A Teams organization (department mapping {@code DEPARTMENT_FIELD}) to create with {@code OrganizationService.create}. */
    public static NewOrganization organization(String name, String tenantId, String clientId, String clientSecret) {
        return organization(name, tenantId, clientId, clientSecret, Map.of());
    }

    /** As above, with optional settings ({@link #DEPARTMENT_MAPPING}, {@link #ROOT_GROUP_ID}, {@link #BASE_URL}, ...). */
    public static NewOrganization organization(
            String name, String tenantId, String clientId, String clientSecret, Map<String, String> options) {
        Objects.requireNonNull(clientSecret, CLIENT_SECRET);
        Map<String, String> settings = new HashMap<>(options);
        settings.put(TENANT_ID, Objects.requireNonNull(tenantId, TENANT_ID));
        settings.put(CLIENT_ID, Objects.requireNonNull(clientId, CLIENT_ID));
        return NewOrganization.synced(TYPE, name, settings, Map.of(CLIENT_SECRET, Secret.of(clientSecret)));
    }

    /** A Teams organization from a typed config (its non-secret settings are stored as {@link TeamsConfig#toSettings()}). */
    public static NewOrganization organization(String name, TeamsConfig config) {
        return NewOrganization.synced(TYPE, name, config.toSettings(), Map.of(CLIENT_SECRET, config.clientSecret()));
    }
}
