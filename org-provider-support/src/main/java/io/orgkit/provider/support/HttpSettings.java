package io.orgkit.provider.support;

import io.orgkit.core.ValidationException;
import io.orgkit.core.spi.ProviderSettings;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names under which an organization's stored settings keep the {@link HttpProviderConfig} values (every HTTP
 * provider uses the same names), and the conversion both ways. A bad stored value is refused naming its field
 * and quoting at most 50 characters of it.
 */
public final class HttpSettings {
    /** Where the platform's API is (tests point it at a simulator). */
    public static final String BASE_URL = "baseUrl";
    /** Most calls started per second; 0 for no limit. */
    public static final String MAX_QPS = "maxQps";
    /** Most calls in flight at once during a fetch. */
    public static final String MAX_IN_FLIGHT = "maxInFlight";
    /** Attempts per call on transient errors. */
    public static final String MAX_ATTEMPTS = "maxAttempts";
    /** First back-off pause in milliseconds, doubled per retry. */
    public static final String BACKOFF_MILLIS = "backoffMillis";
    /** Longest back-off pause and longest {@code Retry-After} waited for, in milliseconds. */
    public static final String MAX_BACKOFF_MILLIS = "maxBackoffMillis";
    /** Connect and read timeout in milliseconds. */
    public static final String TIMEOUT_MILLIS = "timeoutMillis";

    private static final int QUOTE = 50;

    private HttpSettings() {}

    /**
     * The config stored in {@code settings}, each value absent there taken from {@code defaults}.
     *
     * @throws ValidationException naming the first bad value
     */
    public static HttpProviderConfig read(ProviderSettings settings, HttpProviderConfig defaults) {
        HttpProviderConfig.Builder b = defaults.toBuilder();
        settings.optionalValue(BASE_URL)
                .ifPresent(v ->
                        b.baseUrl(checkedUrl(BASE_URL, v, defaults.baseUrl().toString())));
        number(settings, MAX_QPS).ifPresent(b::maxQps);
        number(settings, MAX_IN_FLIGHT).ifPresent(v -> b.maxInFlight(whole(MAX_IN_FLIGHT, v)));
        number(settings, MAX_ATTEMPTS).ifPresent(v -> b.maxAttempts(whole(MAX_ATTEMPTS, v)));
        number(settings, BACKOFF_MILLIS).ifPresent(v -> b.backoff(Duration.ofMillis(whole(BACKOFF_MILLIS, v))));
        number(settings, MAX_BACKOFF_MILLIS)
                .ifPresent(v -> b.maxBackoff(Duration.ofMillis(whole(MAX_BACKOFF_MILLIS, v))));
        number(settings, TIMEOUT_MILLIS).ifPresent(v -> b.timeout(Duration.ofMillis(whole(TIMEOUT_MILLIS, v))));
        return b.build();
    }

    /** The settings that store {@code config} (timeouts as one value: the read timeout). */
    public static Map<String, String> write(HttpProviderConfig config) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(BASE_URL, config.baseUrl().toString());
        out.put(MAX_QPS, Double.toString(config.maxQps()));
        out.put(MAX_IN_FLIGHT, Integer.toString(config.maxInFlight()));
        out.put(MAX_ATTEMPTS, Integer.toString(config.maxAttempts()));
        out.put(BACKOFF_MILLIS, Long.toString(config.backoff().toMillis()));
        out.put(MAX_BACKOFF_MILLIS, Long.toString(config.maxBackoff().toMillis()));
        out.put(TIMEOUT_MILLIS, Long.toString(config.readTimeout().toMillis()));
        return out;
    }

    /**
     * {@code raw} as an http(s) URL with a host, without a trailing slash.
     *
     * @throws ValidationException naming {@code field} otherwise
     */
    public static URI checkedUrl(String field, String raw) {
        return checkedUrl(field, raw, "https://api.example.com");
    }

    /**
     * As {@link #checkedUrl(String, String)}, the message giving {@code example}.
     *
     * @throws ValidationException naming {@code field} when {@code raw} is not an http(s) URL with a host
     */
    public static URI checkedUrl(String field, String raw, String example) {
        try {
            URI uri = URI.create(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw ValidationException.of(field, "must be an http(s) URL such as " + example + ", was '" + quote(raw) + "'");
    }

    /** At most 50 characters of {@code value}, for messages. */
    public static String quote(String value) {
        return value.length() <= QUOTE ? value : value.substring(0, QUOTE) + "...";
    }

    private static Optional<Double> number(ProviderSettings settings, String field) {
        return settings.optionalValue(field).map(raw -> {
            try {
                double v = Double.parseDouble(raw.trim());
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw ValidationException.of(field, "must be a number, was '" + quote(raw) + "'");
        });
    }

    private static int whole(String field, double v) {
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw ValidationException.of(field, "must be a whole number, was " + v);
        }
        return (int) v;
    }
}
