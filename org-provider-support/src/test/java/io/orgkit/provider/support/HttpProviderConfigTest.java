package io.orgkit.provider.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ValidationException;
import io.orgkit.core.spi.ProviderSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class HttpProviderConfigTest {
    private static final URI API = URI.create("https://api.example.com");
    private static final HttpProviderConfig DEFAULTS =
            HttpProviderConfig.builder(API).build();

    private static String refusedField(Supplier<?> build) {
        return catchThrowableOfType(ValidationException.class, build::get).field();
    }

    @Test
    void the_builder_gives_documented_defaults_and_strips_a_trailing_slash() {
        HttpProviderConfig c = HttpProviderConfig.builder(URI.create("https://api.example.com/"))
                .build();

        assertThat(c.baseUrl()).isEqualTo(API);
        assertThat(c.maxQps()).isEqualTo(10);
        assertThat(c.maxInFlight()).isEqualTo(8);
        assertThat(c.maxAttempts()).isEqualTo(5);
        assertThat(c.backoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.maxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void each_value_out_of_range_is_refused_naming_its_setting() {
        HttpProviderConfig.Builder b = DEFAULTS.toBuilder();
        assertThat(refusedField(() -> DEFAULTS.toBuilder().maxQps(-1).build())).isEqualTo("maxQps");
        assertThat(refusedField(() -> DEFAULTS.toBuilder().maxQps(Double.NaN).build()))
                .isEqualTo("maxQps");
        assertThat(refusedField(() -> DEFAULTS.toBuilder().maxInFlight(0).build()))
                .isEqualTo("maxInFlight");
        assertThat(refusedField(() -> DEFAULTS.toBuilder().maxInFlight(65).build()))
                .isEqualTo("maxInFlight");
        assertThat(refusedField(() -> DEFAULTS.toBuilder().maxAttempts(0).build()))
                .isEqualTo("maxAttempts");
        assertThat(refusedField(() ->
                        DEFAULTS.toBuilder().backoff(Duration.ofMillis(-1)).build()))
                .isEqualTo("backoffMillis");
        assertThat(refusedField(() ->
                        DEFAULTS.toBuilder().maxBackoff(Duration.ofMillis(100)).build()))
                .isEqualTo("maxBackoffMillis");
        assertThat(refusedField(
                        () -> DEFAULTS.toBuilder().timeout(Duration.ZERO).build()))
                .isEqualTo("timeoutMillis");
        assertThat(refusedField(() -> b.baseUrl(URI.create("ftp://example.com")).build()))
                .isEqualTo("baseUrl");
    }

    @Test
    void stored_settings_override_the_defaults_and_round_trip() {
        HttpProviderConfig custom = DEFAULTS.toBuilder()
                .maxQps(15)
                .maxInFlight(12)
                .maxAttempts(3)
                .backoff(Duration.ofMillis(200))
                .maxBackoff(Duration.ofSeconds(20))
                .timeout(Duration.ofSeconds(4))
                .build();

        HttpProviderConfig read =
                HttpSettings.read(new ProviderSettings(HttpSettings.write(custom), Map.of()), DEFAULTS);

        assertThat(read).isEqualTo(custom);
        assertThat(HttpSettings.read(new ProviderSettings(Map.of(), Map.of()), DEFAULTS))
                .isEqualTo(DEFAULTS);
    }

    @Test
    void a_bad_stored_value_is_refused_naming_the_setting_and_quoting_at_most_50_characters() {
        String junk = "z".repeat(300);
        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> HttpSettings.read(new ProviderSettings(Map.of(HttpSettings.MAX_QPS, junk), Map.of()), DEFAULTS));

        assertThat(e.field()).isEqualTo("maxQps");
        assertThat(e.getMessage()).contains("z".repeat(50)).doesNotContain("z".repeat(51));
        assertThat(refusedField(() -> HttpSettings.read(
                        new ProviderSettings(Map.of(HttpSettings.MAX_IN_FLIGHT, "2.5"), Map.of()), DEFAULTS)))
                .isEqualTo("maxInFlight");
        assertThat(refusedField(() -> HttpSettings.read(
                        new ProviderSettings(Map.of(HttpSettings.BASE_URL, "not a url"), Map.of()), DEFAULTS)))
                .isEqualTo("baseUrl");
    }
}
