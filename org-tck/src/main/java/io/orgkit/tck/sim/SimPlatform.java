package io.orgkit.tck.sim;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** A platform a {@link SimServer} serves: its answers, its own error answer, and which calls faults apply to. */
public interface SimPlatform {

    /**
     * The answer to a request that no fault replaced.
     *
     * @param request its parameters; {@code null}-free, already read from {@code exchange}
     * @throws IOException when the answer cannot be made
     */
    SimReply answer(HttpExchange exchange, SimRequest request) throws IOException;

    /** The platform's answer for the injected error {@code code} (e.g. DingTalk: HTTP 200, {@code errcode}). */
    SimReply error(int code);

    /** The answer to a request whose body could not be parsed. */
    SimReply malformedRequest();

    /** Whether {@code path} is the token call (it takes numbered faults, never queued ones, and is not charged). */
    boolean isTokenCall(String path);

    /** Whether faults and latency apply to {@code path} at all (false e.g. for a login page). */
    default boolean faultable(String path) {
        return true;
    }
}
