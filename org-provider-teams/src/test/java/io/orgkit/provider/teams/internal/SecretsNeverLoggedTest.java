package io.orgkit.provider.teams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.orgkit.tck.graph.GraphSimulator;
import io.orgkit.tck.graph.GraphUser;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SecretsNeverLoggedTest {
    private final GraphSimulator sim = GraphSimulator.start();
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
    void neitherTheClientSecretNorAnAccessTokenReachesALogLineOrAnError() {
        for (int i = 0; i < 1_200; i++) {
            sim.directory().addUser(GraphUser.of("u" + i, "User " + i));
        }
        String wrongSecret = "wrong-secret-8150";
        Fixture.RecordingSleeper sleeper = new Fixture.RecordingSleeper();
        try (GraphClient good = Fixture.client(sim, sleeper);
                GraphClient bad =
                        Fixture.client(Fixture.builder(sim, wrongSecret).build(), Clock.systemUTC(), sleeper)) {
            sim.faults().retryAfterNext(1, Duration.ofSeconds(1)).truncateNext(1);
            Fixture.fetch(good);
            sim.faults().httpStatusNext(1, 500);
            sim.expireTokens();
            Fixture.fetch(good);
            Throwable refused = catchThrowable(bad::checkCredentials);
            sim.faults().failFromCall(sim.totalCalls() + 1, 503);
            Throwable gaveUp = catchThrowable(() -> Fixture.fetch(good));
            sim.faults().clear();

            assertThat(refused).isNotNull();
            assertThat(gaveUp).isNotNull();
            for (Throwable t : new Throwable[] {refused, gaveUp}) {
                assertThat(String.valueOf(t))
                        .doesNotContain(wrongSecret)
                        .doesNotContain(sim.clientSecret())
                        .doesNotContain("simtoken");
            }
        }
        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            assertThat(event.getFormattedMessage())
                    .doesNotContain(sim.clientSecret())
                    .doesNotContain(wrongSecret)
                    .doesNotContain("simtoken")
                    .doesNotContain("client_secret")
                    .doesNotContain("Bearer");
        }
    }

    @Test
    void theConfigNeverShowsTheSecret() {
        assertThat(Fixture.config(sim).toString()).doesNotContain(sim.clientSecret());
    }
}
