package io.orgkit.provider.wecom;

import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.support.HttpSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Creates WeCom (企业微信) organizations and names their settings.
 * <pre>{@code
 * Org wecom = orgs.create(WeCom.organization("ACME WeCom", corpId, agentId, secret));
 * }</pre>
 */
public final class WeCom {
    /** The organization type. */
    public static final String TYPE = "wecom";
    /** The enterprise's CorpID (admin console: 我的企业 > 企业信息 > 企业ID). */
    public static final String CORP_ID = "corpId";
    /** AgentId of the self-built app (应用管理 > the app). */
    public static final String AGENT_ID = "agentId";
    /** The app's Secret (or the contacts-sync Secret); kept encrypted, never logged. */
    public static final String SECRET = "secret";
    /** Optional: where WeCom's server API is; {@value #DEFAULT_BASE_URL} unless set (tests point it at a simulator). */
    public static final String BASE_URL = HttpSettings.BASE_URL;
    /** Optional: most API calls per second the provider makes; {@value #DEFAULT_MAX_QPS} unless set, 0 for no limit. */
    public static final String MAX_QPS = HttpSettings.MAX_QPS;
    /** Optional: attempts per call on transient errors (-1, 45009, 45033, HTTP 5xx / 429, I/O); 5 unless set. */
    public static final String MAX_ATTEMPTS = HttpSettings.MAX_ATTEMPTS;
    /** Optional: first back-off pause in milliseconds, doubled on each retry (with jitter); 500 unless set. */
    public static final String BACKOFF_MILLIS = HttpSettings.BACKOFF_MILLIS;
    /** Optional: longest back-off pause, and longest {@code Retry-After} waited for, in milliseconds; 30000 unless set. */
    public static final String MAX_BACKOFF_MILLIS = HttpSettings.MAX_BACKOFF_MILLIS;
    /** Optional: most calls in flight at once during a fetch (1..64); 8 unless set. */
    public static final String MAX_IN_FLIGHT = HttpSettings.MAX_IN_FLIGHT;
    /** Optional: connect and read timeout in milliseconds; 10000 unless set. */
    public static final String TIMEOUT_MILLIS = HttpSettings.TIMEOUT_MILLIS;
    /** Optional: how departments are read, {@code AUTO} (default), {@code LIST} or {@code IDS}; see {@link Listing}. */
    public static final String DEPARTMENT_LISTING = "departmentListing";
    /** Optional: how members are read, {@code AUTO} (default), {@code LIST} or {@code IDS}; see {@link Listing}. */
    public static final String MEMBER_LISTING = "memberListing";
    /**
     * Optional: the name of the member's custom text attribute (扩展属性, {@code extattr}) that holds the employee
     * ID; {@value #DEFAULT_EMPLOYEE_ID_ATTRIBUTE} unless set. WeCom has no employee-ID field of its own.
     */
    public static final String EMPLOYEE_ID_ATTRIBUTE = "employeeIdAttribute";
    /** Optional: WeCom's login page host for member sign-in; {@value #DEFAULT_LOGIN_URL}, or {@link #BASE_URL} when only that is set. */
    public static final String LOGIN_URL = "loginUrl";

    /**
     * Optional secret: the Token of the app's API receive settings (接收消息 > 设置API接收); with
     * {@link #CALLBACK_AES_KEY} it lets {@code orgs.callbacks()} accept WeCom's contact change callbacks.
     */
    public static final String CALLBACK_TOKEN = "callbackToken";
    /** Optional secret: the 43-character EncodingAESKey of the app's API receive settings. */
    public static final String CALLBACK_AES_KEY = "callbackAesKey";

    /** WeCom's server API. */
    public static final String DEFAULT_BASE_URL = "https://qyapi.weixin.qq.com";
    /** WeCom's web login (QR code) host. */
    public static final String DEFAULT_LOGIN_URL = "https://login.work.weixin.qq.com";
    /** The default client-side rate: 20 calls a second (WeCom allows 10,000 a minute and 150,000 an hour per API). */
    public static final int DEFAULT_MAX_QPS = 20;
    /** The default name of the custom attribute holding the employee ID. */
    public static final String DEFAULT_EMPLOYEE_ID_ATTRIBUTE = "工号";

    private WeCom() {}

    /**
     * A WeCom organization to create with {@code OrganizationService.create}.
     *
     * @throws NullPointerException when a value is missing
     */
    public static NewOrganization organization(String name, String corpId, String agentId, String secret) {
        return organization(name, corpId, agentId, secret, Map.of());
    }

    /**
     * As {@link #organization(String, String, String, String)}, with optional settings ({@link #BASE_URL},
     * {@link #MAX_QPS}, {@link #MEMBER_LISTING}, ...).
     *
     * @throws NullPointerException when a value is missing
     */
    public static NewOrganization organization(
            String name, String corpId, String agentId, String secret, Map<String, String> options) {
        Objects.requireNonNull(secret, SECRET);
        Map<String, String> settings = new HashMap<>(options);
        settings.put(CORP_ID, Objects.requireNonNull(corpId, CORP_ID));
        settings.put(AGENT_ID, Objects.requireNonNull(agentId, AGENT_ID));
        return NewOrganization.synced(TYPE, name, settings, Map.of(SECRET, Secret.of(secret)));
    }

    /**
     * A WeCom organization that also accepts WeCom's contact change callbacks ({@code orgs.callbacks()}): the token
     * and EncodingAESKey are those entered in the app's API receive settings; both are kept encrypted.
     *
     * @throws NullPointerException when a value is missing
     */
    public static NewOrganization organization(
            String name,
            String corpId,
            String agentId,
            String secret,
            String callbackToken,
            String callbackAesKey,
            Map<String, String> options) {
        NewOrganization plain = organization(name, corpId, agentId, secret, options);
        return NewOrganization.synced(
                TYPE,
                name,
                plain.settings(),
                Map.of(
                        SECRET,
                        Secret.of(secret),
                        CALLBACK_TOKEN,
                        Secret.of(Objects.requireNonNull(callbackToken, CALLBACK_TOKEN)),
                        CALLBACK_AES_KEY,
                        Secret.of(Objects.requireNonNull(callbackAesKey, CALLBACK_AES_KEY))));
    }

    /** A WeCom organization from a typed config (its non-secret settings are stored as {@link WeComConfig#toSettings()}). */
    public static NewOrganization organization(String name, WeComConfig config) {
        return NewOrganization.synced(TYPE, name, config.toSettings(), Map.of(SECRET, config.secret()));
    }
}
