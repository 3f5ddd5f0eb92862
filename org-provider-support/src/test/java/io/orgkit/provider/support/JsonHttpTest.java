package io.orgkit.provider.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import io.orgkit.tck.sim.SimFaults;
import io.orgkit.tck.sim.SimMeter;
import io.orgkit.tck.sim.SimPlatform;
import io.orgkit.tck.sim.SimReply;
import io.orgkit.tck.sim.SimRequest;
import io.orgkit.tck.sim.SimServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JsonHttp against a minimal platform served by the simulator kit. */
class JsonHttpTest {
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    /** Echoes the "name" parameter; /missing answers 404 with a JSON error, /html a 403 page. */
    private static final SimPlatform ECHO = new SimPlatform() {
        @Override
        public SimReply answer(HttpExchange exchange, SimRequest request) {
            return switch (request.path()) {
                case "/missing" -> SimReply.json(404, "{\"error\":\"nope\"}".getBytes(StandardCharsets.UTF_8));
                case "/html" -> SimReply.text(403, "text/html", "<html>no</html>");
                default ->
                    SimReply.json(
                            200,
                            ("{\"name\":\"" + request.param("name") + "\",\"padding\":\"" + "x".repeat(200) + "\"}")
                                    .getBytes(StandardCharsets.UTF_8));
            };
        }

        @Override
        public SimReply error(int code) {
            return SimReply.json(200, ("{\"code\":" + code + "}").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public SimReply malformedRequest() {
            return SimReply.json(400, "{}".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean isTokenCall(String path) {
            return false;
        }
    };

    private final SimFaults faults = new SimFaults();
    private final SimMeter meter = new SimMeter();
    private final SimServer server = SimServer.start("echo", ECHO, faults, meter, 4);
    private final JsonHttp http = new JsonHttp(
            HttpProviderConfig.builder(server.baseUrl()).build(), "Echo", Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_json_answer_comes_back_with_its_status_and_every_exchange_is_counted() {
        assertThat(http.post("/echo", Map.of(), Map.of("name", "amy"))
                        .body()
                        .path("name")
                        .asText())
                .isEqualTo("amy");
        assertThat(http.get("/echo", Map.of("name", "ben")).body().path("name").asText())
                .isEqualTo("ben");
        assertThat(http.get("/missing", Map.of()).status()).isEqualTo(404);
        assertThat(http.get("/html", Map.of()).body().isEmpty()).isTrue();

        assertThat(http.calls()).isEqualTo(4);
        assertThat(meter.calls("/echo")).isEqualTo(2);
    }

    @Test
    void a_429_is_transient_and_carries_the_retry_after_in_seconds_or_as_a_date() {
        faults.retryAfterNext(1, Duration.ofSeconds(7)).tooManyRequestsNext(1, "Mon, 30 Nov 2026 08:01:00 GMT");

        TransientFailure seconds = catchThrowableOfType(TransientFailure.class, () -> http.get("/echo", Map.of()));
        TransientFailure date = catchThrowableOfType(TransientFailure.class, () -> http.get("/echo", Map.of()));

        assertThat(seconds.code()).isEqualTo("http-429");
        assertThat(seconds.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(date.retryAfter()).contains(Duration.ofSeconds(60));
    }

    @Test
    void a_server_error_and_a_cut_off_answer_are_transient() {
        faults.httpStatusNext(1, 503).truncateNext(1);

        assertThat(catchThrowableOfType(TransientFailure.class, () -> http.get("/echo", Map.of()))
                        .code())
                .isEqualTo("http-503");
        TransientFailure cut = catchThrowableOfType(TransientFailure.class, () -> http.get("/echo", Map.of()));
        assertThat(cut.code()).isEqualTo("malformed-response");
        assertThat(cut.getMessage()).contains("Echo").contains("/echo");
    }

    @Test
    void a_latency_delays_every_call_until_the_faults_are_cleared() {
        faults.latency(Duration.ofMillis(30));

        http.get("/echo", Map.of("name", "x"));

        assertThat(meter.total()).isEqualTo(1);
        assertThat(faults.latency()).isEqualTo(Duration.ofMillis(30));
        assertThat(faults.clear().latency()).isZero();
    }

    @Test
    void anAnswerLargerThanTheClientReadsFailsTheCallWithoutReadingItAll() {
        JsonHttp small =
                new JsonHttp(HttpProviderConfig.builder(server.baseUrl()).build(), "Echo", Clock.systemUTC(), 100);

        TransientFailure f =
                catchThrowableOfType(TransientFailure.class, () -> small.get("/echo", Map.of("name", "a")));

        assertThat(f.code()).isEqualTo("response-too-large");
        assertThat(f.getMessage()).contains("larger than 100 bytes");
        assertThat(new JsonHttp(HttpProviderConfig.builder(server.baseUrl()).build(), "Echo", Clock.systemUTC(), 1_000)
                        .get("/echo", Map.of("name", "a"))
                        .body()
                        .path("name")
                        .asText())
                .isEqualTo("a");
    }
}
