package io.orgkit.provider.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SecretsNeverLoggedTest {
    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(5, 10, 120, 3);
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
    void neither_the_app_secret_nor_an_access_token_reaches_a_log_line_or_an_error() {
        String wrongSecret = "wrong-secret-8150";
        Fixture.RecordingSleeper sleeper = new Fixture.RecordingSleeper();
        try (DingTalkClient good =
                        new DingTalkClient(Fixture.config(sim), Clock.systemUTC(), sleeper, Fixture.NO_JITTER);
                DingTalkClient bad = new DingTalkClient(
                        Fixture.config(sim, wrongSecret, Duration.ofSeconds(5)),
                        Clock.systemUTC(),
                        sleeper,
                        Fixture.NO_JITTER)) {
            sim.faults().failNext(1, -1).truncateNext(1).httpStatusNext(1, 500);
            Fixture.fetch(good);
            sim.expireTokens();
            Fixture.fetch(good);
            Throwable refused = catchThrowable(bad::checkCredentials);

            assertThat(refused).isNotNull();
            assertThat(String.valueOf(refused)).doesNotContain(wrongSecret).doesNotContain("simtoken");
        }
        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            assertThat(event.getFormattedMessage())
                    .doesNotContain(sim.appSecret())
                    .doesNotContain(wrongSecret)
                    .doesNotContain("simtoken")
                    .doesNotContain("appsecret=");
        }
    }

    @Test
    void the_config_never_shows_the_secret() {
        assertThat(Fixture.config(sim).toString()).doesNotContain(sim.appSecret());
    }
}
