package io.orgkit.tck.sim;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Faults a simulator injects into its answers. Queued faults apply to the next API calls (token calls excluded)
 * in order; a fault for a call number applies to that call whatever its path (token calls counted). A latency
 * applies to every call. Thread-safe.
 */
public final class SimFaults {
    private static final int SERVER_ERROR = 500;

    /**
     * One injected fault.
     *
     * @param code       the platform error code ({@link Kind#ERRCODE}) or HTTP status ({@link Kind#HTTP_STATUS})
     * @param millis     the delay of {@link Kind#SLOW}
     * @param retryAfter the {@code Retry-After} header of {@link Kind#TOO_MANY_REQUESTS}
     */
    public record Fault(Kind kind, int code, long millis, String retryAfter) {}

    /** What a fault does. */
    public enum Kind {
        /** Answers the platform's own error {@code code} (DingTalk: HTTP 200 with {@code errcode = code}). */
        ERRCODE,
        /** Answers HTTP 429 with a {@code Retry-After} header. */
        TOO_MANY_REQUESTS,
        /** Answers HTTP {@code code} with a non-JSON body. */
        HTTP_STATUS,
        /** Sends only the first half of the JSON answer. */
        TRUNCATED,
        /** Waits {@code millis} before answering normally. */
        SLOW
    }

    private final Deque<Fault> queued = new ArrayDeque<>();
    private final Map<Long, Fault> byCallNumber = new HashMap<>();
    private long failingFrom;
    private volatile Duration latency = Duration.ZERO;
    private int failingStatus;

    /** The {@code callNumber}-th call to the simulator (1-based, token calls included) answers {@code errcode}. */
    public synchronized SimFaults failCall(long callNumber, int errcode) {
        byCallNumber.put(callNumber, new Fault(Kind.ERRCODE, errcode, 0, ""));
        return this;
    }

    /** The next {@code calls} API calls answer {@code errcode} (e.g. -1 system busy, 42001 token expired). */
    public synchronized SimFaults failNext(int calls, int errcode) {
        return queue(calls, new Fault(Kind.ERRCODE, errcode, 0, ""));
    }

    /** The next {@code calls} API calls answer {@code errcode} 90018 (app's per-API rate limit). */
    public SimFaults rateLimitNext(int calls) {
        return failNext(calls, 90018);
    }

    /** The next {@code calls} API calls answer HTTP {@code status} (e.g. 500, 502). */
    public synchronized SimFaults httpStatusNext(int calls, int status) {
        return queue(calls, new Fault(Kind.HTTP_STATUS, status, 0, ""));
    }

    /** The next {@code calls} API calls send a truncated body. */
    public synchronized SimFaults truncateNext(int calls) {
        return queue(calls, new Fault(Kind.TRUNCATED, 0, 0, ""));
    }

    /** The next {@code calls} API calls answer after {@code delay}. */
    public synchronized SimFaults slowNext(int calls, Duration delay) {
        return queue(calls, new Fault(Kind.SLOW, 0, delay.toMillis(), ""));
    }

    /** The next {@code calls} API calls answer HTTP 429 with {@code Retry-After: <seconds>}. */
    public SimFaults retryAfterNext(int calls, Duration after) {
        return tooManyRequestsNext(calls, Long.toString(after.toSeconds()));
    }

    /**
     * The next {@code calls} API calls answer HTTP 429 with {@code Retry-After: header} as given (seconds or an
     * HTTP-date such as {@code Wed, 21 Oct 2015 07:28:00 GMT}).
     */
    public synchronized SimFaults tooManyRequestsNext(int calls, String header) {
        return queue(calls, new Fault(Kind.TOO_MANY_REQUESTS, 429, 0, header));
    }

    /** Every call, token calls included, waits {@code delay} before it is answered (zero: none); stays until {@link #clear()}. */
    public SimFaults latency(Duration delay) {
        this.latency = delay;
        return this;
    }

    /** The latency every call waits. */
    public Duration latency() {
        return latency;
    }

    /**
     * Every call from call number {@code callNumber} on (1-based since the last counter reset, token calls
     * included) answers HTTP {@code status}, until {@link #clear()} or a {@code callNumber} of 0.
     */
    public synchronized SimFaults failFromCall(long callNumber, int status) {
        failingFrom = callNumber;
        failingStatus = status;
        return this;
    }

    /**
     * What {@link io.orgkit.tck.provider.RemoteDirectoryControl#failFetchAtCall(int)} asks of a simulator: from the
     * {@code n}-th call after the {@code callsSoFar} already answered on (counting from 1, token calls included),
     * every call answers HTTP 500, so retries fail too; an {@code n} of 0 heals the platform again.
     *
     * @param callsSoFar the calls the simulator has answered since its last counter reset
     * @param n the call after now to fail from, or 0 to stop failing
     * @return this
     */
    public SimFaults failFromCallAfter(long callsSoFar, int n) {
        return failFromCall(n == 0 ? 0 : callsSoFar + n, SERVER_ERROR);
    }

    /** Drops every pending fault. */
    public synchronized SimFaults clear() {
        queued.clear();
        byCallNumber.clear();
        failingFrom = 0;
        latency = Duration.ZERO;
        return this;
    }

    /** The fault for call number {@code callNumber}, if any; a token call takes no queued fault. */
    public synchronized @Nullable Fault take(long callNumber, boolean tokenCall) {
        if (failingFrom > 0 && callNumber >= failingFrom) {
            return new Fault(Kind.HTTP_STATUS, failingStatus, 0, "");
        }
        Fault numbered = byCallNumber.remove(callNumber);
        if (numbered != null) {
            return numbered;
        }
        return tokenCall ? null : queued.poll();
    }

    private SimFaults queue(int calls, Fault fault) {
        for (int i = 0; i < calls; i++) {
            queued.add(fault);
        }
        return this;
    }
}
