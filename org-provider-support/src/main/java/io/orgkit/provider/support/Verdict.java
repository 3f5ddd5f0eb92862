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

    /**
     * Validates the verdict.
     *
     * @throws NullPointerException when the kind, code or detail is null
     */
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@return the verdict for a successful answer} */
    public static Verdict ok() {
        return OK;
    }

    /**
     * The access token was refused: renew it and repeat once.
     *
     * @param code the platform's error code
     * @return the verdict
     */
    public static Verdict renewToken(String code) {
        return new Verdict(Kind.RENEW_TOKEN, code, "", null);
    }

    /**
     * A passing failure: pause and repeat.
     *
     * @param code the platform's error code
     * @param detail the platform's message
     * @return the verdict
     */
    public static Verdict retry(String code, String detail) {
        return new Verdict(Kind.RETRY, code, detail, null);
    }

    /**
     * A passing failure with the pause the platform asked for.
     *
     * @param code the platform's error code
     * @param detail the platform's message
     * @param retryAfter the pause, or null to back off as usual
     * @return the verdict
     */
    public static Verdict retry(String code, String detail, @Nullable Duration retryAfter) {
        return new Verdict(Kind.RETRY, code, detail, retryAfter);
    }

    /**
     * A refusal no retry cures.
     *
     * @param code the platform's error code
     * @return the verdict
     */
    public static Verdict fail(String code) {
        return new Verdict(Kind.FAIL, code, "", null);
    }
}
