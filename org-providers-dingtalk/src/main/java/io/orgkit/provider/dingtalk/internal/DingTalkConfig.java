package io.orgkit.provider.dingtalk.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.dingtalk.DingTalk;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of one DingTalk organization, validated. {@code toString()} never shows the secret.
 *
 * @param maxQps      most calls per second; 0 for no client-side limit
 * @param maxAttempts attempts per call on transient errors (at least 1)
 * @param backoff     first pause before a retry, doubled on each further retry
 */
public record DingTalkConfig(
        URI baseUrl,
        URI loginUrl,
        URI apiUrl,
        String corpId,
        String agentId,
        String appKey,
        Secret appSecret,
        double maxQps,
        int maxAttempts,
        Duration backoff,
        Duration timeout) {

    public DingTalkConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(loginUrl, "loginUrl");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(corpId, "corpId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(appKey, "appKey");
        Objects.requireNonNull(appSecret, "appSecret");
        if (maxQps < 0 || maxAttempts < 1 || backoff.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("maxQps >= 0, maxAttempts >= 1, backoff >= 0 and timeout > 0 are required");
        }
    }

    /** Reads and checks the settings; a bad optional value is refused naming its field. */
    public static DingTalkConfig from(ProviderSettings settings) {
        String base = settings.optionalValue(DingTalk.BASE_URL).orElse(null);
        return new DingTalkConfig(
                url(settings, DingTalk.BASE_URL, DingTalk.DEFAULT_BASE_URL),
                url(settings, DingTalk.LOGIN_URL, base != null ? base : DingTalk.DEFAULT_LOGIN_URL),
                url(settings, DingTalk.API_URL, base != null ? base : DingTalk.DEFAULT_API_URL),
                settings.value(DingTalk.CORP_ID),
                settings.value(DingTalk.AGENT_ID),
                settings.value(DingTalk.APP_KEY),
                settings.secret(DingTalk.APP_SECRET),
                number(settings, DingTalk.MAX_QPS, DingTalk.DEFAULT_MAX_QPS, 0),
                (int) number(settings, DingTalk.MAX_ATTEMPTS, 5, 1),
                Duration.ofMillis((long) number(settings, DingTalk.BACKOFF_MILLIS, 500, 0)),
                Duration.ofMillis((long) number(settings, DingTalk.TIMEOUT_MILLIS, 10_000, 1)));
    }

    private static URI url(ProviderSettings settings, String field, String fallback) {
        String raw = settings.optionalValue(field).orElse(fallback);
        try {
            URI uri = URI.create(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException(raw);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "must be an http(s) URL such as " + fallback + ", was '" + raw + "'");
        }
    }

    private static double number(ProviderSettings settings, String field, double fallback, double min) {
        String raw = settings.optionalValue(field).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(raw.trim());
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ValidationException.of(field, "must be a number >= " + (long) min + ", was '" + raw + "'");
    }
}
