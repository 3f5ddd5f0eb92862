package io.orgkit.provider.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ProviderException;
import io.orgkit.tck.dingtalk.DingTalkPermission;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import io.orgkit.tck.dingtalk.SimDirectory;
import io.orgkit.tck.dingtalk.SimUser;
import io.orgkit.tck.store.MutableClock;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DingTalkClientTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start();
    private final Fixture.RecordingSleeper sleeper = new Fixture.RecordingSleeper();
    private final MutableClock clock = new MutableClock(Fixture.CLOCK_START);
    private final DingTalkClient client = new DingTalkClient(Fixture.config(sim), clock, sleeper, Fixture.NO_JITTER);

    @BeforeEach
    void smallOrganization() {
        long sales = sim.directory().addDepartment(SimDirectory.ROOT_ID, "Sales");
        sim.directory().addUser(SimUser.of("amy", "Amy", sales));
        sim.directory().addUser(SimUser.of("ben", "Ben", SimDirectory.ROOT_ID));
    }

    @AfterEach
    void close() {
        client.close();
        sim.close();
    }

    @Test
    void a_token_dingtalk_calls_invalid_is_refreshed_and_the_call_retried_once() {
        Fixture.fetch(client);
        sim.faults().failNext(1, 40014);

        Fixture.Collected got = Fixture.fetch(client);

        assertThat(got.members).hasSize(2);
        assertThat(sim.tokenCalls()).isEqualTo(2);
    }

    @Test
    void an_expired_token_is_refreshed_and_the_call_retried() {
        Fixture.fetch(client);
        sim.expireTokens();

        Fixture.Collected got = Fixture.fetch(client);

        assertThat(got.members).hasSize(2);
        assertThat(sim.tokenCalls()).isEqualTo(2);
    }

    @Test
    void a_token_refused_again_right_after_a_refresh_fails_the_fetch() {
        sim.faults().failNext(2, 42001);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));

        assertThat(e.code()).isEqualTo("42001");
        assertThat(sim.tokenCalls()).isEqualTo(2);
    }

    @Test
    void the_token_is_reused_while_valid_and_renewed_shortly_before_it_expires() {
        Fixture.fetch(client);
        clock.advance(Duration.ofSeconds(6000));
        Fixture.fetch(client);
        assertThat(sim.tokenCalls()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1000));
        Fixture.fetch(client);

        assertThat(sim.tokenCalls()).isEqualTo(2);
    }

    @Test
    void system_busy_and_rate_limit_answers_are_retried_with_exponential_back_off() {
        sim.faults().failNext(1, -1).rateLimitNext(2);

        Fixture.Collected got = Fixture.fetch(client);

        assertThat(got.members).hasSize(2);
        assertThat(sleeper.pauses)
                .containsExactly(Fixture.BACKOFF, Fixture.BACKOFF.multipliedBy(2), Fixture.BACKOFF.multipliedBy(4));
    }

    @Test
    void a_platform_that_stays_busy_fails_the_fetch_after_the_bounded_attempts() {
        sim.faults().failNext(10, 90002);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));

        assertThat(e.code()).isEqualTo("90002");
        assertThat(e.getMessage())
                .contains("after " + Fixture.ATTEMPTS + " attempts")
                .contains("Try again later");
        assertThat(sim.calls("/topapi/v2/department/get")).isEqualTo(Fixture.ATTEMPTS);
    }

    @Test
    void an_exhausted_monthly_quota_stops_the_fetch_at_once_and_hands_over_nothing() {
        sim.monthlyQuota(3);
        Fixture.Collected got = new Fixture.Collected();

        ProviderException e =
                catchThrowableOfType(ProviderException.class, () -> new DingTalkDirectory(client).fetchAll(got));

        assertThat(e.code()).isEqualTo("90020");
        assertThat(e.getMessage())
                .contains("monthly DingTalk API call quota is exhausted")
                .contains("applied nothing");
        assertThat(got.departments).isEmpty();
        assertThat(got.members).isEmpty();
        assertThat(sleeper.pauses).isEmpty();
        assertThat(sim.quotaUsed()).isEqualTo(4);
    }

    @Test
    void a_missing_member_read_permission_is_named_as_the_console_shows_it() {
        sim.revoke(DingTalkPermission.CONTACT_MEMBER_READ);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));

        assertThat(e.code()).isEqualTo("60011");
        assertThat(e.getMessage())
                .contains("qyapi_get_department_member")
                .contains("通讯录部门成员读权限")
                .contains("developer console")
                .contains("/topapi/v2/user/list");
    }

    @Test
    void a_missing_department_read_permission_is_named_as_the_console_shows_it() {
        sim.revoke(DingTalkPermission.CONTACT_DEPARTMENT_READ);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));

        assertThat(e.code()).isEqualTo("60011");
        assertThat(e.getMessage()).contains("qyapi_get_department_list").contains("通讯录部门信息读权限");
    }

    @Test
    void a_cut_off_answer_is_retried_and_one_that_stays_cut_off_fails_the_fetch() {
        sim.faults().truncateNext(1);
        assertThat(Fixture.fetch(client).members).hasSize(2);

        sim.faults().truncateNext(10);
        ProviderException e = catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));

        assertThat(e.code()).isEqualTo("malformed-response");
        assertThat(e.getMessage()).contains("cut off or not JSON");
    }

    @Test
    void http_500_is_retried_and_a_lasting_one_fails_the_fetch() {
        sim.faults().httpStatusNext(1, 500);
        assertThat(Fixture.fetch(client).members).hasSize(2);

        sim.faults().httpStatusNext(10, 502);
        ProviderException e = catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));

        assertThat(e.code()).isEqualTo("http-502");
    }

    @Test
    void a_slow_answer_times_out_and_the_call_is_retried() {
        try (DingTalkClient impatient = new DingTalkClient(
                Fixture.config(sim, sim.appSecret(), Duration.ofMillis(300)),
                Clock.systemUTC(),
                sleeper,
                Fixture.NO_JITTER)) {
            sim.faults().slowNext(1, Duration.ofMillis(1500));

            assertThat(Fixture.fetch(impatient).members).hasSize(2);
            assertThat(sleeper.pauses).hasSize(1);
        }
    }

    @Test
    void a_wrong_app_secret_is_refused_naming_the_fields_never_the_secret() {
        String wrong = "wrong-secret-4711";
        try (DingTalkClient bad = new DingTalkClient(
                Fixture.config(sim, wrong, Duration.ofSeconds(5)), clock, sleeper, Fixture.NO_JITTER)) {
            ProviderException e = catchThrowableOfType(ProviderException.class, bad::checkCredentials);

            assertThat(e.code()).isEqualTo("40089");
            assertThat(e.getMessage())
                    .contains("'appKey'")
                    .contains("'appSecret'")
                    .doesNotContain(wrong);
            assertThat(sim.calls("/topapi/v2/department/listsubid")).isZero();
        }
    }

    @Test
    void a_department_deleted_while_the_tree_is_read_fails_the_fetch_asking_to_sync_again() {
        sim.faults().failNext(1, 60003);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));

        assertThat(e.code()).isEqualTo("60003");
        assertThat(e.getMessage()).contains("nothing was applied, sync again");
    }

    @Test
    void an_unknown_refusal_names_the_call_and_the_code() {
        sim.faults().failNext(1, 400002);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));

        assertThat(e.code()).isEqualTo("400002");
        assertThat(e.getMessage()).contains("/topapi/v2/department/get").contains("errcode 400002");
        assertThat(sleeper.pauses).isEmpty();
    }
}
