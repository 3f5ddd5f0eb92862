package io.orgkit.provider.support;

import io.orgkit.core.ValidationException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How a provider talks to its platform's HTTP API, validated: where ({@code baseUrl}), how long to wait, how fast
 * and how parallel to call, how to retry. Build one with {@link #builder}; read one from an organization's stored
 * settings with {@link HttpSettings}. A bad value is refused with a {@link ValidationException} naming its field.
 *
 * @param baseUrl        the API's root, http(s), no trailing slash
 * @param connectTimeout connect timeout, 1 ms .. 10 min
 * @param readTimeout    read timeout per answer, 1 ms .. 10 min
 * @param maxQps         most calls started per second, shared by all threads of a fetch; 0 for no limit (..1000)
 * @param maxInFlight    most calls in flight at once during a fetch, 1 .. 64
 * @param maxAttempts    attempts per call on transient errors, 1 .. 20
 * @param backoff        first pause before a retry, doubled per retry, 0 .. 1 min
 * @param maxBackoff     the longest pause, also the longest {@code Retry-After} waited for, backoff .. 10 min
 */
public record HttpProviderConfig(
        URI baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        double maxQps,
        int maxInFlight,
        int maxAttempts,
        Duration backoff,
        Duration maxBackoff) {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    /** @throws ValidationException naming the first field out of its range */
    public HttpProviderConfig {
        baseUrl = HttpSettings.checkedUrl(
                HttpSettings.BASE_URL,
                Objects.requireNonNull(baseUrl, "baseUrl").toString());
        within(HttpSettings.TIMEOUT_MILLIS, connectTimeout, Duration.ofMillis(1), TEN_MINUTES);
        within(HttpSettings.TIMEOUT_MILLIS, readTimeout, Duration.ofMillis(1), TEN_MINUTES);
        if (!(maxQps >= 0 && maxQps <= 1000)) {
            throw ValidationException.of(HttpSettings.MAX_QPS, "must be 0 (no limit) .. 1000, was " + maxQps);
        }
        if (maxInFlight < 1 || maxInFlight > ParallelFetch.MAX_IN_FLIGHT) {
            throw ValidationException.of(
                    HttpSettings.MAX_IN_FLIGHT, "must be 1 .. " + ParallelFetch.MAX_IN_FLIGHT + ", was " + maxInFlight);
        }
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw ValidationException.of(HttpSettings.MAX_ATTEMPTS, "must be 1 .. 20, was " + maxAttempts);
        }
        within(HttpSettings.BACKOFF_MILLIS, backoff, Duration.ZERO, Duration.ofMinutes(1));
        within(HttpSettings.MAX_BACKOFF_MILLIS, maxBackoff, backoff, TEN_MINUTES);
    }

    /** A builder with the defaults: 10 s timeouts, 10 calls/s, 8 in flight, 5 attempts, 0.5 s back-off up to 30 s. */
    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    /** A builder starting from this config. */
    public Builder toBuilder() {
        return new Builder(baseUrl)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .maxQps(maxQps)
                .maxInFlight(maxInFlight)
                .maxAttempts(maxAttempts)
                .backoff(backoff)
                .maxBackoff(maxBackoff);
    }

    private static void within(String field, Duration value, Duration min, Duration max) {
        Objects.requireNonNull(value, field);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw ValidationException.of(
                    field,
                    "must be " + min.toMillis() + " .. " + max.toMillis() + " ms, was " + value.toMillis() + " ms");
        }
    }

    /** Builds a {@link HttpProviderConfig}; {@link #build()} validates. */
    public static final class Builder {
        private URI baseUrl;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(10);
        private double maxQps = 10;
        private int maxInFlight = 8;
        private int maxAttempts = 5;
        private Duration backoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);

        private Builder(URI baseUrl) {
            this.baseUrl = baseUrl;
        }

        /**
         * Sets the platform's base URL.
         *
         * @param value the URL
         * @return this builder
         */
        public Builder baseUrl(URI value) {
            baseUrl = value;
            return this;
        }

        /** Sets both the connect and the read timeout. */
        public Builder timeout(Duration value) {
            return connectTimeout(value).readTimeout(value);
        }

        /**
         * Sets the connect timeout (default 10 s).
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        /**
         * Sets the read timeout (default 10 s).
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder readTimeout(Duration value) {
            readTimeout = value;
            return this;
        }

        /**
         * Sets the most calls per second (default 10; 0 for no limit).
         *
         * @param value calls per second
         * @return this builder
         */
        public Builder maxQps(double value) {
            maxQps = value;
            return this;
        }

        /**
         * Sets the most calls in flight at once during a fetch (default 8).
         *
         * @param value the most calls
         * @return this builder
         */
        public Builder maxInFlight(int value) {
            maxInFlight = value;
            return this;
        }

        /**
         * Sets the attempts per call on transient errors, the first included (default 5).
         *
         * @param value the attempts
         * @return this builder
         */
        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        /**
         * Sets the first back-off pause, doubled on each retry with jitter (default 500 ms).
         *
         * @param value the pause
         * @return this builder
         */
        public Builder backoff(Duration value) {
            backoff = value;
            return this;
        }

        /**
         * Sets the longest back-off pause and the longest {@code Retry-After} waited for (default 30 s).
         *
         * @param value the pause
         * @return this builder
         */
        public Builder maxBackoff(Duration value) {
            maxBackoff = value;
            return this;
        }

        /** @throws ValidationException naming the first field out of its range */
        public HttpProviderConfig build() {
            return new HttpProviderConfig(
                    baseUrl, connectTimeout, readTimeout, maxQps, maxInFlight, maxAttempts, backoff, maxBackoff);
        }
    }
}
