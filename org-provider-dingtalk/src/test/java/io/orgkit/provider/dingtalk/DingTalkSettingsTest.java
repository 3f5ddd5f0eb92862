package io.orgkit.provider.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.orgkit.core.IntegrityException;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ProviderException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A DingTalk organization's settings at rest: sealed, checked before any call, and updatable in place. */
class DingTalkSettingsTest {
    private static final String ROTATED = "rotated-app-secret-0042";
    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(3, 8, 60, 4);
    private final DingTalkSimulator other =
            DingTalkSimulator.start(sim.appKey(), ROTATED).generate(3, 8, 60, 4);
    private final OrgStore store = new InMemoryStore();
    private final OrganizationService orgs = OrganizationService.builder()
            .store(store)
            .discoverProviders(false)
            .provider(new DingTalkProvider())
            .secretKey("0123456789abcdef0123")
            .build();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void close() {
        root.detachAppender(logs);
        root.setLevel(Level.INFO);
        orgs.close();
        sim.close();
        other.close();
    }

    private NewOrganization spec(Map<String, String> options) {
        Map<String, String> settings =
                new HashMap<>(Map.of(DingTalk.BASE_URL, sim.baseUrl().toString()));
        settings.putAll(options);
        return DingTalk.organization(
                "ACME DingTalk", "dingcorp0001", "100001", sim.appKey(), sim.appSecret(), settings);
    }

    private void tamper(Org org, String setting, String value) {
        store.write(s -> {
            var o = s.organization(org.id()).orElseThrow();
            Map<String, String> changed = new HashMap<>(o.settings());
            changed.put(setting, value);
            s.updateOrganization(new io.orgkit.core.organizations.Organization(
                    o.id(), o.name(), o.type(), o.leaderId(), o.allowJoin(), o.isDefault(), changed, o.createdAt()));
            return null;
        });
    }

    @Test
    void a_base_url_changed_in_the_database_is_refused_before_any_request_reaches_a_host() {
        Org org = orgs.create(spec(Map.of()));
        sim.resetCounters();
        tamper(org, DingTalk.BASE_URL, other.baseUrl().toString());

        Throwable refused = catchThrowable(() -> org.sync().run());

        assertThat(refused)
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("baseUrl")
                .hasMessageNotContaining(other.baseUrl().toString())
                .hasMessageNotContaining(sim.appSecret());
        assertThat(other.totalCalls()).isZero();
        assertThat(sim.totalCalls()).isZero();
    }

    @Test
    void a_login_or_api_url_added_in_the_database_is_refused_too() {
        Org org = orgs.create(spec(Map.of()));
        tamper(org, DingTalk.API_URL, other.baseUrl().toString());

        assertThat(catchThrowable(() -> org.sync().run()))
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("apiUrl");
        assertThat(other.totalCalls()).isZero();
    }

    @Test
    void plain_http_to_a_remote_host_is_refused_and_loopback_is_allowed() {
        Throwable refused =
                catchThrowable(() -> orgs.create(spec(Map.of(DingTalk.LOGIN_URL, "http://login.example.com"))));

        assertThat(refused)
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("loginUrl")
                .hasMessageContaining("https");
        assertThat(sim.totalCalls()).isZero();
        assertThat(orgs.create(spec(Map.of())).info().settings().get(DingTalk.BASE_URL))
                .startsWith("http://127.0.0.1");
    }

    @Test
    void update_settings_rotates_the_app_secret_after_dingtalk_accepts_it_keeping_roles_and_the_leader() {
        Org org = orgs.create(spec(Map.of()));
        org.sync().run();
        MemberId leader = org.members().list().get(0).id();
        org.setLeader(leader);
        org.roles().addMembers(org.roles().admin().id(), List.of(leader));
        int members = org.members().list().size();
        Map<String, String> moved = Map.of(DingTalk.BASE_URL, other.baseUrl().toString());

        Throwable wrong =
                catchThrowable(() -> org.updateSettings(moved, Map.of(DingTalk.APP_SECRET, Secret.of("nope-0"))));
        assertThat(wrong).isInstanceOf(ProviderException.class).hasMessageNotContaining("nope-0");
        assertThat(org.info().settings().get(DingTalk.BASE_URL))
                .isEqualTo(sim.baseUrl().toString());

        org.updateSettings(moved, Map.of(DingTalk.APP_SECRET, Secret.of(ROTATED)));
        other.resetCounters();
        org.sync().run();

        assertThat(other.totalCalls()).isPositive();
        assertThat(org.info().leaderId()).isEqualTo(leader);
        assertThat(org.roles().members(org.roles().admin().id()))
                .extracting(m -> m.id())
                .containsExactly(leader);
        assertThat(org.members().list()).hasSize(members);
        assertThat(store.read(s -> s.attribute(org.id(), "provider.secrets")).orElseThrow())
                .doesNotContain(ROTATED);
        for (ILoggingEvent e : logs.list) {
            assertThat(e.getFormattedMessage())
                    .doesNotContain(ROTATED)
                    .doesNotContain(sim.appSecret())
                    .doesNotContain("nope-0");
        }
    }
}
