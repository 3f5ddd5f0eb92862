package io.orgkit.tck.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Serves a {@link SimPlatform} over real HTTP on 127.0.0.1 (a random port): counts every call in a {@link SimMeter},
 * applies the {@link SimFaults} (latency, slow answers, HTTP errors, 429 with {@code Retry-After}, the platform's
 * error codes, truncated bodies), and sends the platform's answer. Enough threads answer at once for a client's
 * parallel fetch (32 unless asked otherwise), so a latency delays calls without serialising them.
 */
public final class SimServer implements AutoCloseable {
    /** Threads answering at once unless asked otherwise. */
    public static final int DEFAULT_THREADS = 32;

    /**
     * The JDK server's own request log (java.util.logging, FINE) stays quiet: it is the platform's log, which a
     * real host never sees, and it would print query strings that carry secrets. Held here so the level sticks.
     */
    private static final java.util.logging.Logger SERVER_LOG =
            java.util.logging.Logger.getLogger("com.sun.net.httpserver");

    static {
        SERVER_LOG.setLevel(java.util.logging.Level.INFO);
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK
        // and every answer waits ~40 ms. The JDK reads this once, when its first HttpServer starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SimPlatform platform;
    private final SimFaults faults;
    private final SimMeter meter;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor;

    private SimServer(String name, SimPlatform platform, SimFaults faults, SimMeter meter, int threads)
            throws IOException {
        this.platform = platform;
        this.faults = faults;
        this.meter = meter;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts serving {@code platform}.
     *
     * @param name names the server's threads
     * @throws UncheckedIOException when no port on 127.0.0.1 can be opened
     */
    public static SimServer start(String name, SimPlatform platform, SimFaults faults, SimMeter meter, int threads) {
        try {
            return new SimServer(name, platform, faults, meter, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the " + name + " simulator on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            send(exchange, reply(exchange));
        }
    }

    /**
     * The reply to one call, counted as in flight while it is made. The count ends before the reply is sent: a
     * client may start its next call as soon as it has read the answer, before this thread would get back here.
     */
    private SimReply reply(HttpExchange exchange) throws IOException {
        meter.enter();
        try {
            String path = exchange.getRequestURI().getPath();
            long number = meter.count(path);
            if (!platform.faultable(path)) {
                return answer(exchange);
            }
            pause(faults.latency());
            return faulted(exchange, faults.take(number, platform.isTokenCall(path)));
        } finally {
            meter.exit();
        }
    }

    private SimReply faulted(HttpExchange exchange, SimFaults.@Nullable Fault fault) throws IOException {
        if (fault == null) {
            return answer(exchange);
        }
        return switch (fault.kind()) {
            case SLOW -> {
                pause(Duration.ofMillis(fault.millis()));
                yield answer(exchange);
            }
            case HTTP_STATUS -> SimReply.text(fault.code(), "text/html", "<html>server error</html>");
            case TOO_MANY_REQUESTS ->
                new SimReply(
                        429,
                        "text/plain",
                        "Too Many Requests".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        Map.of("Retry-After", fault.retryAfter()));
            case ERRCODE -> platform.error(fault.code());
            case TRUNCATED -> answer(exchange).truncated();
        };
    }

    private SimReply answer(HttpExchange exchange) throws IOException {
        SimRequest request;
        try {
            request = SimRequest.read(exchange, json);
        } catch (JsonProcessingException e) {
            return platform.malformedRequest();
        }
        return platform.answer(exchange, request);
    }

    private static void send(HttpExchange exchange, SimReply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void pause(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops serving; calls in progress are cut off. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
