package io.orgkit.provider.wecom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ProviderException;
import io.orgkit.provider.wecom.Listing;
import io.orgkit.tck.store.MutableClock;
import io.orgkit.tck.wecom.WeComSimulator;
import io.orgkit.tck.wecom.WeComSimulator.Refusal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's token handling, retries and the refusals it names for the administrator. */
class WeComClientTest {
    private final WeComSimulator sim = WeComSimulator.start().generate(1, 5, 20, 2);
    private final Fixture.RecordingSleeper sleeper = new Fixture.RecordingSleeper();

    @AfterEach
    void close() {
        sim.close();
    }

    private WeComClient client() {
        return Fixture.client(Fixture.config(sim), sleeper);
    }

    private ProviderException refusal(WeComClient client) {
        return catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));
    }

    @Test
    void aWrongCorpIdIsNamed() {
        try (WeComClient client = Fixture.client(
                Fixture.config(sim, "wwothercorp", sim.secret(), Listing.AUTO, Listing.AUTO, 1), sleeper)) {
            ProviderException e = refusal(client);
            assertThat(e.code()).isEqualTo("40013");
            assertThat(e.getMessage()).contains("CorpID").contains("'corpId'").contains("企业ID");
        }
    }

    @Test
    void aWrongSecretIsNamed() {
        try (WeComClient client =
                Fixture.client(Fixture.config(sim, "wrong-secret", Listing.AUTO, Listing.AUTO, 1), sleeper)) {
            ProviderException e = refusal(client);
            assertThat(e.code()).isEqualTo("40001");
            assertThat(e.getMessage()).contains("'secret'").contains("应用管理").doesNotContain("wrong-secret");
        }
    }

    @Test
    void anUntrustedServerIpNamesTheTrustedIpSetting() {
        sim.refuse(Refusal.IP_NOT_TRUSTED);
        try (WeComClient client = client()) {
            ProviderException e = refusal(client);
            assertThat(e.code()).isEqualTo("60020");
            assertThat(e.getMessage()).contains("企业可信IP").contains("trusted IPs");
        }
    }

    @Test
    void aForbiddenApiNamesWhichSecretToUse() {
        sim.refuse(Refusal.API_FORBIDDEN);
        try (WeComClient client = client()) {
            ProviderException e = refusal(client);
            assertThat(e.code()).isEqualTo("48002");
            assertThat(e.getMessage()).contains("/cgi-bin/department/list").contains("通讯录同步");
        }
    }

    @Test
    void listIdWithAnAppSecretNamesTheContactsSyncSecret() {
        sim.refuse(Refusal.LIST_ID_FORBIDDEN);
        try (WeComClient client = Fixture.client(Fixture.config(sim, Listing.LIST, Listing.IDS), sleeper)) {
            ProviderException e = refusal(client);
            assertThat(e.code()).isEqualTo("48002");
            assertThat(e.getMessage()).contains("user/list_id accepts only the contacts-sync Secret");
        }
    }

    @Test
    void contactsOutsideTheVisibleRangeNameTheVisibleRange() {
        sim.refuse(Refusal.NOT_VISIBLE);
        try (WeComClient client = client()) {
            ProviderException e = refusal(client);
            assertThat(e.code()).isEqualTo("60011");
            assertThat(e.getMessage()).contains("visible range").contains("可见范围");
        }
    }

    @Test
    void busyFrequencyConcurrencyAndServerErrorsAreRetriedWithBackoff() {
        sim.faults().failNext(1, -1).failNext(1, 45033).httpStatusNext(1, 502);
        try (WeComClient client = client()) {
            Fixture.Collected got = Fixture.fetch(client);
            assertThat(got.departments).hasSize(5);
            assertThat(sleeper.pauses)
                    .containsExactly(Fixture.BACKOFF, Fixture.BACKOFF.multipliedBy(2), Fixture.BACKOFF.multipliedBy(4));
            sim.faults().failNext(1, 45009);
            assertThat(Fixture.fetch(client).departments).hasSize(5);
        }
        assertThat(sleeper.pauses).hasSize(4);
    }

    @Test
    void aFrequencyLimitThatStaysGivesUpNamingTheRateSettings() {
        sim.faults().failNext(50, 45009);
        try (WeComClient client =
                Fixture.client(Fixture.config(sim, sim.secret(), Listing.AUTO, Listing.AUTO, 1), sleeper)) {
            ProviderException e = refusal(client);
            assertThat(e.code()).isEqualTo("45009");
            assertThat(e.getMessage())
                    .contains("after " + Fixture.ATTEMPTS + " attempts")
                    .contains("'maxQps'");
        }
    }

    @Test
    void theTokenIsCachedAndRenewedOnceWhenExpiredOrInvalid() {
        try (WeComClient client = client()) {
            Fixture.fetch(client);
            Fixture.fetch(client);
            assertThat(sim.tokenCalls()).isEqualTo(1);

            sim.expireTokens();
            Fixture.fetch(client);
            assertThat(sim.tokenCalls()).isEqualTo(2);

            sim.faults().failNext(1, 40014);
            Fixture.fetch(client);
            assertThat(sim.tokenCalls()).isEqualTo(3);
        }
    }

    @Test
    void aTokenRefusedAgainRightAfterRenewalFails() {
        sim.faults().failNext(2, 42001);
        try (WeComClient client =
                Fixture.client(Fixture.config(sim, sim.secret(), Listing.AUTO, Listing.AUTO, 1), sleeper)) {
            ProviderException e = refusal(client);
            assertThat(e.code()).isEqualTo("42001");
        }
    }

    @Test
    void theTokenIsRenewedBeforeWeComsLifetimeEnds() {
        MutableClock clock = new MutableClock(Fixture.CLOCK_START);
        try (WeComClient client = new WeComClient(Fixture.config(sim), clock, sleeper, Fixture.NO_JITTER)) {
            client.checkCredentials();
            clock.advance(Duration.ofSeconds(7200 - 301));
            client.checkCredentials();
            assertThat(sim.tokenCalls()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(2));
            client.checkCredentials();
            assertThat(sim.tokenCalls()).isEqualTo(2);
        }
    }

    @Test
    void callLimitsAndConcurrencyRefusalsAreCountedBySimulator() {
        sim.callLimit(3);
        try (WeComClient client =
                Fixture.client(Fixture.config(sim, sim.secret(), Listing.AUTO, Listing.AUTO, 1), sleeper)) {
            assertThat(refusal(client).code()).isEqualTo("45009");
        }
        assertThat(sim.refusedForLimits()).isPositive();
        assertThat(sim.limitedCalls()).isGreaterThan(3);
    }
}
