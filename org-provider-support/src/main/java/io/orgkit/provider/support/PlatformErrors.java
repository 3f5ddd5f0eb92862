package io.orgkit.provider.support;

/**
 * A platform's reading of its answers: the transient-error classification hook of {@link ApiCaller}. DingTalk
 * reads {@code errcode} in a 200 answer, WeCom {@code errcode} too, Microsoft Graph the HTTP status and
 * {@code error.code}; each says which answers are worth a retry and turns the others into errors that tell the
 * user what to do.
 *
 * @param <T> the parsed answer
 */
public interface PlatformErrors<T> {

    /** What {@code answer} means. */
    Verdict classify(T answer);

    /** The error for an answer classified {@link Verdict.Kind#FAIL}, or a token refused again right after renewal. */
    RuntimeException refused(String call, T answer);

    /**
     * The error when a call stays transient after every attempt, or asks for a longer pause than allowed.
     *
     * @param code   the last failure's code
     * @param detail the last failure's message
     */
    RuntimeException gaveUp(String call, String code, String detail, int attempts);
}
