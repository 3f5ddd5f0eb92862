package io.orgkit.provider.dingtalk;

import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.support.HttpSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Creates DingTalk organizations and names their settings.
 * <pre>{@code
 * Org ding = orgs.create(DingTalk.organization("ACME DingTalk", corpId, agentId, appKey, appSecret));
 * }</pre>
 */
public final class DingTalk {
    /** The organization type. */
    public static final String TYPE = "dingtalk";
    /** CorpID of the enterprise (developer console: 开发者后台 > 基础信息). */
    public static final String CORP_ID = "corpId";
    /** AgentID of the internal app. */
    public static final String AGENT_ID = "agentId";
    /** AppKey (Client ID) of the internal app. */
    public static final String APP_KEY = "appKey";
    /** AppSecret (Client Secret) of the internal app; kept encrypted, never logged. */
    public static final String APP_SECRET = "appSecret";
    /** Optional: where DingTalk's server API is; {@value #DEFAULT_BASE_URL} unless set (tests point it at a simulator). */
    public static final String BASE_URL = HttpSettings.BASE_URL;
    /** Optional: most API calls per second the provider makes; {@value #DEFAULT_MAX_QPS} unless set, 0 for no limit. */
    public static final String MAX_QPS = HttpSettings.MAX_QPS;
    /** Optional: attempts per call on transient errors (-1, 90018, 90002, HTTP 5xx, I/O); 5 unless set. */
    public static final String MAX_ATTEMPTS = HttpSettings.MAX_ATTEMPTS;
    /** Optional: first back-off pause in milliseconds, doubled on each retry (with jitter); 500 unless set. */
    public static final String BACKOFF_MILLIS = HttpSettings.BACKOFF_MILLIS;
    /** Optional: longest back-off pause, and longest {@code Retry-After} waited for, in milliseconds; 30000 unless set. */
    public static final String MAX_BACKOFF_MILLIS = HttpSettings.MAX_BACKOFF_MILLIS;
    /** Optional: most calls in flight at once during a fetch (1..64); 8 unless set. */
    public static final String MAX_IN_FLIGHT = HttpSettings.MAX_IN_FLIGHT;
    /** Optional: how departments are read, {@code FULL} (default) or {@code LISTSUB}; see {@link DepartmentDetail}. */
    public static final String DEPARTMENT_DETAIL = "departmentDetail";
    /** Optional: connect and read timeout in milliseconds; 10000 unless set. */
    public static final String TIMEOUT_MILLIS = HttpSettings.TIMEOUT_MILLIS;

    /** Optional: DingTalk's login page host for member sign-in; https://login.dingtalk.com, or {@link #BASE_URL} when only that is set. */
    public static final String LOGIN_URL = "loginUrl";
    /** Optional: DingTalk's v1.0 API host used by member sign-in; https://api.dingtalk.com, or {@link #BASE_URL} when only that is set. */
    public static final String API_URL = "apiUrl";

    /**
     * Optional secret: the token of the app's event subscription (developer console: 事件与回调 / Event Subscription,
     * HTTP mode); with {@link #CALLBACK_AES_KEY} it lets {@code orgs.callbacks()} accept DingTalk's events.
     */
    public static final String CALLBACK_TOKEN = "callbackToken";
    /** Optional secret: the 43-character EncodingAESKey ("aes_key") of the app's event subscription. */
    public static final String CALLBACK_AES_KEY = "callbackAesKey";

    /** DingTalk's server API host. */
    public static final String DEFAULT_BASE_URL = "https://oapi.dingtalk.com";
    /** DingTalk's login page host. */
    public static final String DEFAULT_LOGIN_URL = "https://login.dingtalk.com";
    /** DingTalk's v1.0 API host. */
    public static final String DEFAULT_API_URL = "https://api.dingtalk.com";
    /** Calls per second the provider makes unless {@link #MAX_QPS} is set. */
    public static final int DEFAULT_MAX_QPS = 15;

    private DingTalk() {}

    /** A DingTalk organization to create with {@code OrganizationService.create}. */
    public static NewOrganization organization(
            String name, String corpId, String agentId, String appKey, String appSecret) {
        return organization(name, corpId, agentId, appKey, appSecret, Map.of());
    }

    /**
     * A DingTalk organization that also receives DingTalk's change events ({@code orgs.callbacks()}): the token and
     * aes key are those entered in the developer console's event subscription; both are kept encrypted.
     */
    public static NewOrganization organization(
            String name,
            String corpId,
            String agentId,
            String appKey,
            String appSecret,
            String callbackToken,
            String callbackAesKey,
            Map<String, String> options) {
        NewOrganization plain = organization(name, corpId, agentId, appKey, appSecret, options);
        return NewOrganization.synced(
                TYPE,
                name,
                plain.settings(),
                Map.of(
                        APP_SECRET,
                        Secret.of(appSecret),
                        CALLBACK_TOKEN,
                        Secret.of(Objects.requireNonNull(callbackToken, CALLBACK_TOKEN)),
                        CALLBACK_AES_KEY,
                        Secret.of(Objects.requireNonNull(callbackAesKey, CALLBACK_AES_KEY))));
    }

    /** As above, with optional settings ({@link #BASE_URL}, {@link #MAX_QPS}, ...). */
    public static NewOrganization organization(
            String name, String corpId, String agentId, String appKey, String appSecret, Map<String, String> options) {
        Objects.requireNonNull(appSecret, APP_SECRET);
        Map<String, String> settings = new HashMap<>(options);
        settings.put(CORP_ID, Objects.requireNonNull(corpId, CORP_ID));
        settings.put(AGENT_ID, Objects.requireNonNull(agentId, AGENT_ID));
        settings.put(APP_KEY, Objects.requireNonNull(appKey, APP_KEY));
        return NewOrganization.synced(TYPE, name, settings, Map.of(APP_SECRET, Secret.of(appSecret)));
    }

    /** A DingTalk organization from a typed config (its non-secret settings are stored as {@link DingTalkConfig#toSettings()}). */
    public static NewOrganization organization(String name, DingTalkConfig config) {
        return NewOrganization.synced(TYPE, name, config.toSettings(), Map.of(APP_SECRET, config.appSecret()));
    }
}
