package io.orgkit.provider.support;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a platform's answer means for the call loop, as the platform's {@link PlatformErrors} judges it.
 *
 * @param code       the platform's error code (for logs and the final error), empty for OK
 * @param detail     the platform's message, quoted in the log and the final error
 * @param retryAfter a pause the platform asked for, if any
 */
public record Verdict(
        Kind kind, String code, String detail, @Nullable Duration retryAfter) {
    private static final Verdict OK = new Verdict(Kind.OK, "", "", null);

    /** The kinds of answer. */
    public enum Kind {
        /** Success: the answer is returned. */
        OK,
        /** The access token was refused: renew it once and repeat the call. */
        RENEW_TOKEN,
        /** Busy, throttled or a passing server fault: pause and repeat, within the attempts allowed. */
        RETRY,
        /** A refusal no retry cures: {@link PlatformErrors#refused} is thrown. */
        FAIL
    }

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    public static Verdict ok() {
        return OK;
    }

    public static Verdict renewToken(String code) {
        return new Verdict(Kind.RENEW_TOKEN, code, "", null);
    }

    public static Verdict retry(String code, String detail) {
        return new Verdict(Kind.RETRY, code, detail, null);
    }

    public static Verdict retry(String code, String detail, @Nullable Duration retryAfter) {
        return new Verdict(Kind.RETRY, code, detail, retryAfter);
    }

    public static Verdict fail(String code) {
        return new Verdict(Kind.FAIL, code, "", null);
    }
}
