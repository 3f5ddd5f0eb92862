package io.orgkit.provider.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An answer far larger than the heap (1 GiB of JSON, streamed) is cut at the client's bound: run at -Xmx256m, the
 * call fails with {@code response-too-large} instead of an {@link OutOfMemoryError}, with the default bound too.
 */
@Tag("low-heap")
class JsonHttpLowHeapTest {
    private static final long ANSWER_BYTES = 1L << 30;
    private final HttpServer server = start();

    private static HttpServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/array", exchange -> stream(exchange, "[", "0,", "0]"));
            s.createContext("/string", exchange -> stream(exchange, "{\"padding\":\"", "x", "\"}"));
            s.start();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Streams {@code head}, then {@code unit} until a gibibyte is sent, then {@code tail}. */
    private static void stream(com.sun.net.httpserver.HttpExchange exchange, String head, String unit, String tail)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0); // chunked: no length announced
        byte[] chunk = unit.repeat(64 * 1024 / unit.length()).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            for (long sent = 0; sent < ANSWER_BYTES; sent += chunk.length) {
                out.write(chunk);
            }
            out.write(tail.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException clientWentAway) {
            // the client stopped reading
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Test
    void aGibibyteOfSmallValuesIsCutAtTheDefaultBoundWithoutExhaustingTheHeap() {
        JsonHttp http = new JsonHttp(HttpProviderConfig.builder(base()).build(), "Huge", Clock.systemUTC());

        TransientFailure f = catchThrowableOfType(TransientFailure.class, () -> http.get("/array", Map.of()));

        assertThat(f.code()).isEqualTo("response-too-large");
        assertThat(f.getMessage()).hasSizeLessThan(300);
    }

    @Test
    void aGibibyteLongStringIsRefusedByTheParsersStringLimitWithoutExhaustingTheHeap() {
        JsonHttp http = new JsonHttp(HttpProviderConfig.builder(base()).build(), "Huge", Clock.systemUTC());

        TransientFailure f = catchThrowableOfType(TransientFailure.class, () -> http.get("/string", Map.of()));

        assertThat(f.code()).isIn("response-too-large", "malformed-response");
        assertThat(f.getMessage()).hasSizeLessThan(300);
    }
}
