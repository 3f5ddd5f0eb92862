package io.orgkit.provider.wecom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.orgkit.provider.wecom.Listing;
import io.orgkit.tck.wecom.WeComSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SecretsNeverLoggedTest {
    private final WeComSimulator sim = WeComSimulator.start().generate(5, 10, 120, 3);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        root.setLevel(Level.TRACE);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        root.setLevel(Level.INFO);
        sim.close();
    }

    @Test
    void neitherTheSecretNorAnAccessTokenReachesALogLineOrAnError() {
        String wrongSecret = "wrong-secret-8150";
        Fixture.RecordingSleeper sleeper = new Fixture.RecordingSleeper();
        try (WeComClient good = Fixture.client(Fixture.config(sim, Listing.IDS, Listing.IDS), sleeper);
                WeComClient bad =
                        Fixture.client(Fixture.config(sim, wrongSecret, Listing.AUTO, Listing.AUTO, 2), sleeper)) {
            sim.faults().failNext(1, 45009).truncateNext(1).httpStatusNext(1, 500);
            Fixture.fetch(good);
            sim.expireTokens();
            Fixture.fetch(good);
            Throwable refused = catchThrowable(bad::checkCredentials);
            sim.refuse(WeComSimulator.Refusal.IP_NOT_TRUSTED);
            Throwable ip = catchThrowable(() -> Fixture.fetch(good));

            assertThat(refused).isNotNull();
            assertThat(ip).isNotNull();
            for (Throwable t : new Throwable[] {refused, ip}) {
                assertThat(String.valueOf(t))
                        .doesNotContain(wrongSecret)
                        .doesNotContain(sim.secret())
                        .doesNotContain("simtoken");
            }
        }
        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            assertThat(event.getFormattedMessage())
                    .doesNotContain(sim.secret())
                    .doesNotContain(wrongSecret)
                    .doesNotContain("simtoken")
                    .doesNotContain("corpsecret=")
                    .doesNotContain("access_token=");
        }
    }

    @Test
    void theConfigNeverShowsTheSecret() {
        assertThat(Fixture.config(sim).toString()).doesNotContain(sim.secret());
    }
}
