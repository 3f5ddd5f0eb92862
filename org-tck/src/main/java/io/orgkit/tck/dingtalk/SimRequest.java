package io.orgkit.tck.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request to the simulator: its path and parameters (query string, then a JSON or form body). */
final class SimRequest {
    private final String path;
    private final Map<String, String> params;

    private SimRequest(String path, Map<String, String> params) {
        this.path = path;
        this.params = params;
    }

    static SimRequest read(HttpExchange exchange, ObjectMapper json) throws IOException {
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
        return new SimRequest(exchange.getRequestURI().getPath(), params);
    }

    String path() {
        return path;
    }

    @Nullable String param(String name) {
        return params.get(name);
    }

    /** A numeric parameter; {@code fallback} when absent, a {@link NumberFormatException} when not a number. */
    long number(String name, long fallback) {
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
