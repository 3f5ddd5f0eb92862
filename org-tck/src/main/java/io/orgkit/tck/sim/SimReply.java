package io.orgkit.tck.sim;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * What a simulator sends back: status, content type, body and extra headers.
 *
 * @param headers extra response headers (e.g. {@code Location}, {@code Retry-After})
 */
public record SimReply(int status, String contentType, byte[] body, Map<String, String> headers) {
    /**
     * Copies the body and headers.
     *
     * @throws NullPointerException when the content type is null
     */
    public SimReply {
        Objects.requireNonNull(contentType, "contentType");
        body = body.clone();
        headers = Map.copyOf(headers);
    }

    /** A JSON answer. */
    public static SimReply json(int status, byte[] json) {
        return new SimReply(status, "application/json;charset=UTF-8", json, Map.of());
    }

    /** A text answer of {@code type}. */
    public static SimReply text(int status, String type, String body) {
        return new SimReply(status, type, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** The same answer with its body cut to the first half (a connection cut off mid-answer). */
    public SimReply truncated() {
        return new SimReply(status, contentType, java.util.Arrays.copyOf(body, body.length / 2), headers);
    }

    /** {@return a copy of the body} */
    @Override
    public byte[] body() {
        return body.clone();
    }
}
