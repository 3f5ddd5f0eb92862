package io.orgkit.core.callbacks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP callback as the host's web framework received it: query parameters, headers and the raw body.
 * Header names compare ignoring case.
 *
 * @param query   query parameters (a name may repeat)
 * @param headers request headers
 * @param body    the request body, at most {@link #MAX_BODY} bytes
 */
public record CallbackRequest(Map<String, List<String>> query, Map<String, List<String>> headers, byte[] body) {
    /** Largest body accepted (64 KiB); platforms' directory events are far smaller. */
    public static final int MAX_BODY = 64 * 1024;

    private static final int MAX_PARAMS = 100;

    /**
     * Validates the sizes and copies the request (header names compare ignoring case).
     *
     * @throws IllegalArgumentException when the request has more than 100 parameters or headers, or a body longer than
     *     {@link #MAX_BODY} bytes
     */
    public CallbackRequest {
        if (query.size() > MAX_PARAMS || headers.size() > MAX_PARAMS) {
            throw new IllegalArgumentException("a callback carries at most " + MAX_PARAMS + " parameters and headers");
        }
        if (body.length > MAX_BODY) {
            throw new IllegalArgumentException("a callback body is at most " + MAX_BODY + " bytes, not " + body.length);
        }
        query = copy(query, false);
        headers = copy(headers, true);
        body = body.clone();
    }

    /** A request from single-valued query parameters and a UTF-8 body (no headers). */
    public static CallbackRequest of(Map<String, String> query, String body) {
        Map<String, List<String>> q = new TreeMap<>();
        query.forEach((k, v) -> q.put(k, List.of(v)));
        return new CallbackRequest(q, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The first value of a query parameter. */
    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first value of a header, its name ignoring case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** {@return a copy of the raw body} */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> in, boolean lowerCase) {
        Map<String, List<String>> out = new TreeMap<>();
        in.forEach((k, v) -> out.put(lowerCase ? k.toLowerCase(Locale.ROOT) : k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "CallbackRequest[params=" + query.keySet() + ", " + body.length + " bytes]";
    }
}
