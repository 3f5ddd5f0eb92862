package io.orgkit.provider.teams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.spi.LoginRequest;
import io.orgkit.tck.graph.GraphSimulator;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TeamsLogin on its own: a sign-in without a nonce or verifier (started before an upgrade) is refused unsent. */
class TeamsLoginTest {
    private final GraphSimulator sim = GraphSimulator.start();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aSignInStartedWithoutNonceOrVerifierIsRefusedWithoutCallingMicrosoft() {
        TeamsLogin login = new TeamsLogin(Fixture.config(sim), Fixture.client(sim, new Fixture.RecordingSleeper()));
        LoginRequest legacy = new LoginRequest(URI.create("https://app.example/back"), "state", "", "");

        SignInRefusedException e =
                catchThrowableOfType(SignInRefusedException.class, () -> login.exchange("code", legacy));

        assertThat(e.reason()).isEqualTo(SignInRefusedException.Reason.STATE_INVALID);
        assertThat(sim.totalCalls()).isZero();
    }

    @Test
    void thePlainPairIsNotOfferedSinceMicrosoftSignInNeedsPkce() {
        TeamsLogin login = new TeamsLogin(Fixture.config(sim), Fixture.client(sim, new Fixture.RecordingSleeper()));

        assertThat(catchThrowableOfType(
                        UnsupportedOperationException.class,
                        () -> login.authorizeUrl(URI.create("https://app.example/back"), "s")))
                .isNotNull();
    }
}
