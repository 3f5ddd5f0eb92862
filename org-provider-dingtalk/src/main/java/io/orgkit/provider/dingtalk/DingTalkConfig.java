package io.orgkit.provider.dingtalk;

import io.orgkit.core.ValidationException;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.support.HttpProviderConfig;
import io.orgkit.provider.support.HttpSettings;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of one DingTalk organization, typed and validated: the app's credentials, how to reach DingTalk
 * ({@link HttpProviderConfig}: base URL, timeouts, QPS, parallelism, retries) and how to read departments.
 * {@code toString()} never shows the secret. Build one with {@link #builder}, or read a stored organization's
 * with {@link #from}.
 *
 * @param http     where and how fast to call {@code topapi}
 * @param loginUrl DingTalk's login page host for member sign-in
 * @param apiUrl   DingTalk's v1.0 API host used by member sign-in
 */
public record DingTalkConfig(
        HttpProviderConfig http,
        URI loginUrl,
        URI apiUrl,
        String corpId,
        String agentId,
        String appKey,
        Secret appSecret,
        DepartmentDetail departmentDetail) {

    /** DingTalk's defaults: 15 calls/s (DingTalk allows 20 per API), 8 in flight, 5 attempts, 0.5 s .. 30 s back-off. */
    public static final HttpProviderConfig DEFAULT_HTTP = HttpProviderConfig.builder(
                    URI.create(DingTalk.DEFAULT_BASE_URL))
            .maxQps(DingTalk.DEFAULT_MAX_QPS)
            .maxInFlight(8)
            .build();

    /** @throws NullPointerException when a value is missing */
    public DingTalkConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(loginUrl, "loginUrl");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(corpId, DingTalk.CORP_ID);
        Objects.requireNonNull(agentId, DingTalk.AGENT_ID);
        Objects.requireNonNull(appKey, DingTalk.APP_KEY);
        Objects.requireNonNull(appSecret, DingTalk.APP_SECRET);
        Objects.requireNonNull(departmentDetail, DingTalk.DEPARTMENT_DETAIL);
    }

    /** A builder with DingTalk's hosts and {@link #DEFAULT_HTTP}. */
    public static Builder builder(String corpId, String agentId, String appKey, String appSecret) {
        return new Builder(corpId, agentId, appKey, Secret.of(appSecret));
    }

    /**
     * Reads and checks an organization's stored settings.
     *
     * @throws ValidationException naming the first bad optional value
     */
    public static DingTalkConfig from(ProviderSettings settings) {
        HttpProviderConfig http = HttpSettings.read(settings, DEFAULT_HTTP);
        String base = settings.optionalValue(DingTalk.BASE_URL).orElse(null);
        return new DingTalkConfig(
                http,
                url(settings, DingTalk.LOGIN_URL, base != null ? base : DingTalk.DEFAULT_LOGIN_URL),
                url(settings, DingTalk.API_URL, base != null ? base : DingTalk.DEFAULT_API_URL),
                settings.value(DingTalk.CORP_ID),
                settings.value(DingTalk.AGENT_ID),
                settings.value(DingTalk.APP_KEY),
                settings.secret(DingTalk.APP_SECRET),
                detail(settings));
    }

    /** The non-secret settings that store this config (the secret is stored sealed, apart). */
    public Map<String, String> toSettings() {
        Map<String, String> out = new java.util.LinkedHashMap<>(HttpSettings.write(http));
        out.put(DingTalk.LOGIN_URL, loginUrl.toString());
        out.put(DingTalk.API_URL, apiUrl.toString());
        out.put(DingTalk.CORP_ID, corpId);
        out.put(DingTalk.AGENT_ID, agentId);
        out.put(DingTalk.APP_KEY, appKey);
        out.put(DingTalk.DEPARTMENT_DETAIL, departmentDetail.name());
        return out;
    }

    /** {@return where DingTalk's server API ({@code topapi}) is} */
    public URI baseUrl() {
        return http.baseUrl();
    }

    private static URI url(ProviderSettings settings, String field, String fallback) {
        return HttpSettings.checkedUrl(field, settings.optionalValue(field).orElse(fallback), fallback);
    }

    private static DepartmentDetail detail(ProviderSettings settings) {
        String raw = settings.optionalValue(DingTalk.DEPARTMENT_DETAIL).orElse(DepartmentDetail.FULL.name());
        try {
            return DepartmentDetail.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(
                    DingTalk.DEPARTMENT_DETAIL, "must be FULL or LISTSUB, was '" + HttpSettings.quote(raw) + "'");
        }
    }

    /** Builds a {@link DingTalkConfig}. */
    public static final class Builder {
        private final String corpId;
        private final String agentId;
        private final String appKey;
        private final Secret appSecret;
        private HttpProviderConfig http = DEFAULT_HTTP;
        private URI loginUrl = URI.create(DingTalk.DEFAULT_LOGIN_URL);
        private URI apiUrl = URI.create(DingTalk.DEFAULT_API_URL);
        private DepartmentDetail departmentDetail = DepartmentDetail.FULL;

        private Builder(String corpId, String agentId, String appKey, Secret appSecret) {
            this.corpId = corpId;
            this.agentId = agentId;
            this.appKey = appKey;
            this.appSecret = appSecret;
        }

        /** How to reach {@code topapi}; start from {@link #DEFAULT_HTTP}{@code .toBuilder()}. */
        public Builder http(HttpProviderConfig value) {
            http = value;
            return this;
        }

        /** Points every DingTalk host (API, login, v1.0 API) at {@code url}, e.g. a simulator. */
        public Builder allHostsAt(URI url) {
            http = http.toBuilder().baseUrl(url).build();
            loginUrl = url;
            apiUrl = url;
            return this;
        }

        /**
         * Sets how departments are read (default {@code FULL}).
         *
         * @param value the way
         * @return this builder
         */
        public Builder departmentDetail(DepartmentDetail value) {
            departmentDetail = value;
            return this;
        }

        /** {@return the configuration} */
        public DingTalkConfig build() {
            return new DingTalkConfig(http, loginUrl, apiUrl, corpId, agentId, appKey, appSecret, departmentDetail);
        }
    }
}
