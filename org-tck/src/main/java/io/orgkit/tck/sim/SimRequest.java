package io.orgkit.tck.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request to a simulator: its method, path and parameters (query string, then a JSON object's top-level
 * fields or a form body), and the raw body for platforms that read more than flat parameters.
 */
public final class SimRequest {
    private final String method;
    private final String path;
    private final Map<String, String> params;
    private final byte[] body;

    private SimRequest(String method, String path, Map<String, String> params, byte[] body) {
        this.method = method;
        this.path = path;
        this.params = params;
        this.body = body;
    }

    /**
     * Reads {@code exchange}'s request.
     *
     * @throws com.fasterxml.jackson.core.JsonProcessingException when a JSON body is not JSON
     * @throws IOException when the body cannot be read
     */
    public static SimRequest read(HttpExchange exchange, ObjectMapper json) throws IOException {
        Map<String, String> params = new HashMap<>();
        decodeForm(exchange.getRequestURI().getRawQuery(), params);
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (body.length > 0 && type.contains("json")) {
            JsonNode node = json.readTree(body);
            node.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        } else if (body.length > 0) {
            decodeForm(new String(body, StandardCharsets.UTF_8), params);
        }
        return new SimRequest(
                exchange.getRequestMethod(), exchange.getRequestURI().getPath(), params, body);
    }

    /** {@return the HTTP method} */
    public String method() {
        return method;
    }

    /** {@return the request path, without the query} */
    public String path() {
        return path;
    }

    /** A parameter from the query string or the body; null when absent. */
    public @Nullable String param(String name) {
        return params.get(name);
    }

    /** The raw request body. */
    public byte[] body() {
        return body.clone();
    }

    /**
     * A numeric parameter; {@code fallback} when absent.
     *
     * @throws NumberFormatException when present but not a number
     */
    public long number(String name, long fallback) {
        String v = params.get(name);
        return v == null || v.isBlank() ? fallback : Long.parseLong(v.trim());
    }

    private static void decodeForm(@Nullable String raw, Map<String, String> into) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            into.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
    }
}
