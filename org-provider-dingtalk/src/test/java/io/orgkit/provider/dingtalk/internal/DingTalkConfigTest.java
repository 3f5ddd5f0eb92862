package io.orgkit.provider.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ValidationException;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.Secret;
import io.orgkit.provider.dingtalk.DepartmentDetail;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.provider.dingtalk.DingTalkConfig;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DingTalkConfigTest {

    private static ProviderSettings settings(Map<String, String> extra) {
        Map<String, String> values =
                new HashMap<>(Map.of(DingTalk.CORP_ID, "corp", DingTalk.AGENT_ID, "42", DingTalk.APP_KEY, "dingkey"));
        values.putAll(extra);
        return new ProviderSettings(values, Map.of(DingTalk.APP_SECRET, Secret.of("the-secret")));
    }

    @Test
    void without_optional_settings_it_talks_to_dingtalk_at_15_calls_per_second() {
        DingTalkConfig config = DingTalkConfig.from(settings(Map.of()));

        assertThat(config.baseUrl()).isEqualTo(URI.create("https://oapi.dingtalk.com"));
        assertThat(config.loginUrl()).isEqualTo(URI.create("https://login.dingtalk.com"));
        assertThat(config.apiUrl()).isEqualTo(URI.create("https://api.dingtalk.com"));
        assertThat(config.http().maxQps()).isEqualTo(15);
        assertThat(config.http().maxAttempts()).isEqualTo(5);
        assertThat(config.http().backoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.toString()).doesNotContain("the-secret");
    }

    @Test
    void a_base_url_alone_moves_every_dingtalk_host() {
        DingTalkConfig config = DingTalkConfig.from(settings(Map.of(DingTalk.BASE_URL, "http://127.0.0.1:9999/")));

        assertThat(config.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9999"));
        assertThat(config.loginUrl()).isEqualTo(config.baseUrl());
        assertThat(config.apiUrl()).isEqualTo(config.baseUrl());
    }

    @Test
    void a_url_that_is_not_http_is_refused_naming_the_setting() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class,
                () -> DingTalkConfig.from(settings(Map.of(DingTalk.BASE_URL, "ftp://example.com"))));

        assertThat(e.field()).isEqualTo("baseUrl");
        assertThat(e.getMessage()).contains("https://oapi.dingtalk.com");
    }

    @Test
    void a_negative_or_non_numeric_limit_is_refused_naming_the_setting() {
        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> DingTalkConfig.from(settings(Map.of(DingTalk.MAX_QPS, "-1"))))
                        .field())
                .isEqualTo("maxQps");
        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> DingTalkConfig.from(settings(Map.of(DingTalk.MAX_ATTEMPTS, "0"))))
                        .field())
                .isEqualTo("maxAttempts");
        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> DingTalkConfig.from(settings(Map.of(DingTalk.TIMEOUT_MILLIS, "soon"))))
                        .field())
                .isEqualTo("timeoutMillis");
    }

    @Test
    void a_missing_app_key_is_refused_naming_it() {
        ProviderSettings noKey = new ProviderSettings(
                Map.of(DingTalk.CORP_ID, "c", DingTalk.AGENT_ID, "a"), Map.of(DingTalk.APP_SECRET, Secret.of("s")));

        assertThat(catchThrowableOfType(ValidationException.class, () -> DingTalkConfig.from(noKey))
                        .field())
                .isEqualTo("appKey");
    }

    @Test
    void the_organization_spec_keeps_the_secret_apart_and_hidden() {
        var spec = DingTalk.organization("ACME", "corp", "42", "dingkey", "the-secret");

        assertThat(spec.type()).isEqualTo("dingtalk");
        assertThat(spec.settings()).doesNotContainValue("the-secret");
        assertThat(spec.secrets().get(DingTalk.APP_SECRET).reveal()).isEqualTo("the-secret");
        assertThat(spec.toString()).doesNotContain("the-secret");
    }

    @Test
    void parallelism_and_the_department_strategy_are_read_from_the_settings_and_checked() {
        DingTalkConfig config = DingTalkConfig.from(
                settings(Map.of(DingTalk.MAX_IN_FLIGHT, "12", DingTalk.DEPARTMENT_DETAIL, "listsub")));

        assertThat(config.http().maxInFlight()).isEqualTo(12);
        assertThat(config.departmentDetail()).isEqualTo(DepartmentDetail.LISTSUB);
        assertThat(DingTalkConfig.from(settings(Map.of())).departmentDetail()).isEqualTo(DepartmentDetail.FULL);
        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> DingTalkConfig.from(settings(Map.of(DingTalk.MAX_IN_FLIGHT, "65"))))
                        .field())
                .isEqualTo("maxInFlight");
        ValidationException bad = catchThrowableOfType(
                ValidationException.class,
                () -> DingTalkConfig.from(settings(Map.of(DingTalk.DEPARTMENT_DETAIL, "x".repeat(200)))));
        assertThat(bad.field()).isEqualTo("departmentDetail");
        assertThat(bad.getMessage()).contains("FULL or LISTSUB").doesNotContain("x".repeat(51));
    }

    @Test
    void a_typed_config_round_trips_through_the_stored_settings() {
        DingTalkConfig typed = DingTalkConfig.builder("corp", "42", "dingkey", "the-secret")
                .http(DingTalkConfig.DEFAULT_HTTP.toBuilder()
                        .maxQps(12)
                        .maxInFlight(4)
                        .build())
                .departmentDetail(DepartmentDetail.LISTSUB)
                .build();

        var spec = DingTalk.organization("ACME", typed);
        DingTalkConfig read = DingTalkConfig.from(new ProviderSettings(spec.settings(), spec.secrets()));

        assertThat(read).isEqualTo(typed);
        assertThat(spec.settings()).doesNotContainValue("the-secret");
    }
}
