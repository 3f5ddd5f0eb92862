package io.orgkit.provider.wecom;

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

/**
 * The settings of one WeCom organization, typed and validated: the enterprise and app ({@code corpId},
 * {@code agentId}, {@code secret}), how to reach WeCom ({@link HttpProviderConfig}: base URL, timeouts, QPS,
 * parallelism, retries) and which calls read the directory. {@code toString()} never shows the secret. Build one
 * with {@link #builder}, or read a stored organization's with {@link #from}.
 *
 * @param http                where and how fast to call {@code qyapi}
 * @param loginUrl            WeCom's web login host for member sign-in
 * @param corpId              the enterprise's CorpID
 * @param agentId             the self-built app's AgentId
 * @param secret              the app's Secret
 * @param departmentListing   how departments are read
 * @param memberListing       how members are read
 * @param employeeIdAttribute the custom attribute holding the employee ID
 */
public record WeComConfig(
        HttpProviderConfig http,
        URI loginUrl,
        String corpId,
        String agentId,
        Secret secret,
        Listing departmentListing,
        Listing memberListing,
        String employeeIdAttribute) {

    /** WeCom's defaults: 20 calls/s, 8 in flight, 5 attempts, 0.5 s .. 30 s back-off. */
    public static final HttpProviderConfig DEFAULT_HTTP = HttpProviderConfig.builder(URI.create(WeCom.DEFAULT_BASE_URL))
            .maxQps(WeCom.DEFAULT_MAX_QPS)
            .maxInFlight(8)
            .build();

    /**
     * Checks that every value is there and the CorpID, AgentId and attribute name are short.
     *
     * @throws NullPointerException when a value is missing
     * @throws ValidationException  when the CorpID, AgentId or attribute name is blank or longer than 64 characters
     */
    public WeComConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(loginUrl, "loginUrl");
        Objects.requireNonNull(secret, WeCom.SECRET);
        Objects.requireNonNull(departmentListing, WeCom.DEPARTMENT_LISTING);
        Objects.requireNonNull(memberListing, WeCom.MEMBER_LISTING);
        corpId = shortText(WeCom.CORP_ID, corpId);
        agentId = shortText(WeCom.AGENT_ID, agentId);
        employeeIdAttribute = shortText(WeCom.EMPLOYEE_ID_ATTRIBUTE, employeeIdAttribute);
    }

    /**
     * A builder with WeCom's hosts and {@link #DEFAULT_HTTP}.
     *
     * @param corpId  the enterprise's CorpID
     * @param agentId the self-built app's AgentId
     * @param secret  the app's Secret
     * @return a builder
     */
    public static Builder builder(String corpId, String agentId, String secret) {
        return new Builder(corpId, agentId, Secret.of(secret));
    }

    /**
     * Reads and checks an organization's stored settings.
     *
     * @param settings the organization's settings
     * @return the typed config
     * @throws ValidationException naming the first bad value
     */
    public static WeComConfig from(ProviderSettings settings) {
        HttpProviderConfig http = HttpSettings.read(settings, DEFAULT_HTTP);
        String base = settings.optionalValue(WeCom.BASE_URL).orElse(null);
        String loginFallback = base != null ? base : WeCom.DEFAULT_LOGIN_URL;
        return new WeComConfig(
                http,
                HttpSettings.checkedUrl(
                        WeCom.LOGIN_URL, settings.optionalValue(WeCom.LOGIN_URL).orElse(loginFallback), loginFallback),
                settings.value(WeCom.CORP_ID),
                settings.value(WeCom.AGENT_ID),
                settings.secret(WeCom.SECRET),
                listing(settings, WeCom.DEPARTMENT_LISTING),
                listing(settings, WeCom.MEMBER_LISTING),
                settings.optionalValue(WeCom.EMPLOYEE_ID_ATTRIBUTE).orElse(WeCom.DEFAULT_EMPLOYEE_ID_ATTRIBUTE));
    }

    /**
     * The non-secret settings that store this config (the secret is stored sealed, apart).
     *
     * @return setting name to value
     */
    public Map<String, String> toSettings() {
        Map<String, String> out = new LinkedHashMap<>(HttpSettings.write(http));
        out.put(WeCom.LOGIN_URL, loginUrl.toString());
        out.put(WeCom.CORP_ID, corpId);
        out.put(WeCom.AGENT_ID, agentId);
        out.put(WeCom.DEPARTMENT_LISTING, departmentListing.name());
        out.put(WeCom.MEMBER_LISTING, memberListing.name());
        out.put(WeCom.EMPLOYEE_ID_ATTRIBUTE, employeeIdAttribute);
        return out;
    }

    /**
     * Where the server API is.
     *
     * @return the base URL of {@code qyapi}
     */
    public URI baseUrl() {
        return http.baseUrl();
    }

    private static String shortText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank() || value.length() > 64) {
            throw ValidationException.of(field, "must be 1 to 64 characters, was '" + HttpSettings.quote(value) + "'");
        }
        return value.trim();
    }

    private static Listing listing(ProviderSettings settings, String field) {
        String raw = settings.optionalValue(field).orElse(Listing.AUTO.name());
        try {
            return Listing.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "must be AUTO, LIST or IDS, was '" + HttpSettings.quote(raw) + "'");
        }
    }

    /** Builds a {@link WeComConfig}. */
    public static final class Builder {
        private final String corpId;
        private final String agentId;
        private final Secret secret;
        private HttpProviderConfig http = DEFAULT_HTTP;
        private URI loginUrl = URI.create(WeCom.DEFAULT_LOGIN_URL);
        private Listing departmentListing = Listing.AUTO;
        private Listing memberListing = Listing.AUTO;
        private String employeeIdAttribute = WeCom.DEFAULT_EMPLOYEE_ID_ATTRIBUTE;

        private Builder(String corpId, String agentId, Secret secret) {
            this.corpId = corpId;
            this.agentId = agentId;
            this.secret = secret;
        }

        /**
         * How to reach {@code qyapi}; start from {@link #DEFAULT_HTTP}{@code .toBuilder()}.
         *
         * @param value the HTTP config
         * @return this builder
         */
        public Builder http(HttpProviderConfig value) {
            http = value;
            return this;
        }

        /**
         * Points every WeCom host (API and login page) at {@code url}, e.g. a simulator.
         *
         * @param url the one host
         * @return this builder
         */
        public Builder allHostsAt(URI url) {
            http = http.toBuilder().baseUrl(url).build();
            loginUrl = url;
            return this;
        }

        /**
         * How departments are read.
         *
         * @param value the listing
         * @return this builder
         */
        public Builder departmentListing(Listing value) {
            departmentListing = value;
            return this;
        }

        /**
         * How members are read.
         *
         * @param value the listing
         * @return this builder
         */
        public Builder memberListing(Listing value) {
            memberListing = value;
            return this;
        }

        /**
         * The name of the custom attribute holding the employee ID.
         *
         * @param value the attribute name, 1..64 characters
         * @return this builder
         */
        public Builder employeeIdAttribute(String value) {
            employeeIdAttribute = value;
            return this;
        }

        /**
         * The config.
         *
         * @return the validated config
         * @throws ValidationException naming a bad value
         */
        public WeComConfig build() {
            return new WeComConfig(
                    http, loginUrl, corpId, agentId, secret, departmentListing, memberListing, employeeIdAttribute);
        }
    }
}
