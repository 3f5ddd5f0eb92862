package io.orgkit.provider.support;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A call failed in a way a retry may cure: HTTP 5xx or 429, an I/O error, a cut-off or malformed answer. Its
 * message names the call and the failure, never a URL's query (which may carry a secret or token).
 */
public final class TransientFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final @Nullable Duration retryAfter;

    /** A transient failure with a short {@code code} such as {@code http-503}, {@code io}, {@code malformed-response}. */
    public TransientFailure(String code, String message) {
        this(code, message, null);
    }

    /** As above, with the pause the platform asked for ({@code Retry-After}), if any. */
    public TransientFailure(String code, String message, @Nullable Duration retryAfter) {
        super(message, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    /** The short code of the failure, used as the {@code ProviderException} code when retries run out. */
    public String code() {
        return code;
    }

    /** The pause the platform asked for before the next attempt. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
