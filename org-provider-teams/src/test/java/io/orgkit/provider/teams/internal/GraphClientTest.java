package io.orgkit.provider.teams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orgkit.core.ProviderException;
import io.orgkit.tck.graph.GraphPermission;
import io.orgkit.tck.graph.GraphSimulator;
import io.orgkit.tck.graph.GraphUser;
import io.orgkit.tck.store.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Graph client: pages, token cache and renewal, throttling, and refusals that say what to do. */
class GraphClientTest {
    private final GraphSimulator sim = GraphSimulator.start();
    private final Fixture.RecordingSleeper sleeper = new Fixture.RecordingSleeper();

    @AfterEach
    void stop() {
        sim.close();
    }

    private void users(int n) {
        for (int i = 0; i < n; i++) {
            sim.directory().addUser(GraphUser.of("u" + i, "User " + i));
        }
    }

    @Test
    void aFullReadTakesTheTokenAndOnePagePer999Users() {
        users(2_500);
        try (GraphClient client = Fixture.client(sim, sleeper)) {
            Fixture.Collected c = Fixture.fetch(client);

            assertThat(c.members).hasSize(2_500);
            assertThat(client.apiCalls()).isEqualTo(1 + 3);
            assertThat(sim.calls("/v1.0/users")).isEqualTo(3);
            assertThat(sim.tokenCalls()).isEqualTo(1);
        }
    }

    @Test
    void theTokenIsCachedForItsLifetimeAndFetchedAgainWhenDue() {
        users(1);
        MutableClock clock = new MutableClock(Instant.now());
        sim.tokenLifetime(Duration.ofSeconds(3600));
        try (GraphClient client = Fixture.client(Fixture.config(sim), clock, sleeper)) {
            Fixture.fetch(client);
            Fixture.fetch(client);
            assertThat(sim.tokenCalls()).isEqualTo(1);

            clock.advance(Duration.ofMinutes(56));
            Fixture.fetch(client);
            assertThat(sim.tokenCalls()).isEqualTo(2);
        }
    }

    @Test
    void anExpiredTokenIsRenewedOnceOn401() {
        users(3);
        try (GraphClient client = Fixture.client(sim, sleeper)) {
            Fixture.fetch(client);
            sim.expireTokens();

            assertThat(Fixture.fetch(client).members).hasSize(3);
            assertThat(sim.tokenCalls()).isEqualTo(2);
            assertThat(sleeper.pauses).isEmpty();
        }
    }

    @Test
    void throttlingHonoursRetryAfterAndServerErrorsAreRetried() {
        users(3);
        sim.faults().retryAfterNext(1, Duration.ofSeconds(7)).httpStatusNext(1, 503);
        try (GraphClient client = Fixture.client(sim, sleeper)) {
            assertThat(Fixture.fetch(client).members).hasSize(3);
        }
        assertThat(sleeper.pauses).hasSize(2);
        assertThat(sleeper.pauses.get(0)).isEqualTo(Duration.ofSeconds(7));
        assertThat(sim.calls("/v1.0/users")).isEqualTo(3);
    }

    @Test
    void aRetryAfterLongerThanAllowedStopsWithAClearError() {
        users(1);
        sim.faults().retryAfterNext(1, Duration.ofMinutes(20));
        try (GraphClient client = Fixture.client(sim, sleeper)) {
            assertThatThrownBy(() -> Fixture.fetch(client))
                    .isInstanceOf(ProviderException.class)
                    .hasMessageContaining("asked to wait 1200 s");
        }
    }

    @Test
    void anUnknownTenantIsNamedWithWhereToFindTheRightId() {
        TeamsConfigFor bad = new TeamsConfigFor(sim);
        ProviderException e = refusal(bad.tenant("contoso.onmicrosoft.com"));
        assertThat(e.code()).isEqualTo("AADSTS90002");
        assertThat(e.getMessage())
                .contains("tenantId")
                .contains("Directory (tenant) ID")
                .contains("Entra admin center");
    }

    @Test
    void anUnknownClientIsNamed() {
        ProviderException e = refusal(new TeamsConfigFor(sim).client("99999999-bbbb-cccc-dddd-eeeeeeeeeeee"));
        assertThat(e.code()).isEqualTo("AADSTS700016");
        assertThat(e.getMessage()).contains("clientId").contains("Application (client) ID");
    }

    @Test
    void aWrongSecretIsNamedAndTheValueNotTheSecretIdIsAskedFor() {
        ProviderException e = refusal(Fixture.builder(sim, "not-the-secret").build());
        assertThat(e.code()).isEqualTo("AADSTS7000215");
        assertThat(e.getMessage()).contains("clientSecret").contains("Value (not its Secret ID)");
    }

    @Test
    void anExpiredSecretSaysToCreateANewOne() {
        sim.secretExpired(true);
        ProviderException e = refusal(Fixture.config(sim));
        assertThat(e.code()).isEqualTo("AADSTS7000222");
        assertThat(e.getMessage()).contains("expired").contains("create a new client secret");
    }

    @Test
    void aMissingPermissionNamesItAndAdminConsent() {
        sim.revoke(GraphPermission.USER_READ_ALL);
        try (GraphClient client = Fixture.client(sim, sleeper)) {
            ProviderException e = catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));
            assertThat(e.code()).isEqualTo("Authorization_RequestDenied");
            assertThat(e.getMessage()).contains("User.Read.All").contains("Grant admin consent");
        }
    }

    @Test
    void linksOffGraphsOriginOrTooLongAreNotFollowed() {
        try (GraphClient client = Fixture.client(sim, sleeper)) {
            assertThatThrownBy(() -> client.checkedLink("https://attacker.example/v1.0/users?$skiptoken=1"))
                    .isInstanceOf(ProviderException.class)
                    .hasMessageContaining("origin");
            assertThatThrownBy(() -> client.checkedLink(sim.baseUrl() + "/v1.0/users?x=" + "a".repeat(2_000)))
                    .isInstanceOf(ProviderException.class);
            assertThat(client.checkedLink(sim.baseUrl() + "/v1.0/users?$skiptoken=1")
                            .toString())
                    .startsWith(sim.baseUrl().toString());
        }
    }

    @Test
    void aPageOfMoreThan999ItemsIsRefused() {
        ObjectNode page = new ObjectMapper().createObjectNode();
        ArrayNode value = page.putArray("value");
        for (int i = 0; i < 1_000; i++) {
            value.addObject().put("id", "u" + i);
        }
        assertThatThrownBy(() -> Pages.items(page, "/v1.0/users"))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("999");
        assertThatThrownBy(() -> Pages.items(new ObjectMapper().createObjectNode(), "/v1.0/users"))
                .isInstanceOf(ProviderException.class);
    }

    @Test
    void anAnswerLargerThanTheClientReadsFailsTheSyncNamingIt() {
        for (int i = 0; i < 5; i++) {
            sim.directory().addUser(GraphUser.of("u" + i, "N".repeat(2_000)));
        }
        try (GraphClient client =
                new GraphClient(Fixture.config(sim), java.time.Clock.systemUTC(), sleeper, Fixture.NO_JITTER, 4_000)) {
            ProviderException e = catchThrowableOfType(ProviderException.class, () -> Fixture.fetch(client));
            assertThat(e.code()).isEqualTo("response-too-large");
            assertThat(e.getMessage()).contains("larger than 4000 bytes").contains("nothing was applied");
        }
        assertThat(GraphClient.MAX_GRAPH_BODY).isEqualTo(16L << 20);
    }

    @Test
    void aStoredCursorOffTheGraphHostAsksForAFullSync() {
        try (GraphClient client = Fixture.client(sim, sleeper)) {
            ProviderException e = catchThrowableOfType(
                    ProviderException.class,
                    () -> new TeamsDirectory(client).changesSince("https://graph.other.example/v1.0/users/delta?x=1"));
            assertThat(e.code()).isEqualTo("cursor-expired");
            assertThat(e.getMessage()).contains("full sync");
        }
    }

    private ProviderException refusal(io.orgkit.provider.teams.TeamsConfig config) {
        try (GraphClient client = Fixture.client(config, java.time.Clock.systemUTC(), sleeper)) {
            ProviderException e = catchThrowableOfType(ProviderException.class, client::checkCredentials);
            assertThat(e).isNotNull();
            assertThat(sleeper.pauses).as("a refusal is not retried").isEmpty();
            return e;
        }
    }

    /** Configs for the simulator with one value changed. */
    private record TeamsConfigFor(GraphSimulator sim) {
        io.orgkit.provider.teams.TeamsConfig tenant(String tenant) {
            return io.orgkit.provider.teams.TeamsConfig.builder(tenant, sim.clientId(), sim.clientSecret())
                    .http(Fixture.config(sim).http())
                    .allHostsAt(sim.baseUrl())
                    .build();
        }

        io.orgkit.provider.teams.TeamsConfig client(String client) {
            return io.orgkit.provider.teams.TeamsConfig.builder(sim.tenant(), client, sim.clientSecret())
                    .http(Fixture.config(sim).http())
                    .allHostsAt(sim.baseUrl())
                    .build();
        }
    }
}
