package io.orgkit.provider.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An app access token, fetched on demand and reused until shortly before it expires (a quarter of its lifetime
 * early, at most 5 minutes), dropped when the platform refuses it. Single-flight: when several threads need a new
 * token at once, one fetches it and the others wait for and use that one.
 */
public final class TokenCache {
    private static final Duration MAX_MARGIN = Duration.ofMinutes(5);

    private final TokenSource source;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile @Nullable Held held;

    /** How a platform issues a token (e.g. DingTalk's {@code /gettoken}, Graph's client-credentials grant). */
    @FunctionalInterface
    public interface TokenSource {
        /** Fetches a new token; failures propagate to the caller of {@link TokenCache#current()}. */
        IssuedToken fetch();
    }

    /**
     * A token and how long the platform says it lives. {@code toString()} never shows the value.
     */
    public record IssuedToken(String value, Duration lifetime) {
        /**
         * Validates the lifetime.
         *
         * @throws IllegalArgumentException when the lifetime is not positive
         */
        public IssuedToken {
            Objects.requireNonNull(value, "value");
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("a token's lifetime must be positive");
            }
        }

        @Override
        public String toString() {
            return "IssuedToken[value=***, lifetime=" + lifetime + "]";
        }
    }

    private record Held(String value, Instant refreshAt) {}

    /**
     * A cache that fetches from {@code source} when it holds no token or its token is due for renewal.
     *
     * @param source fetches a new token
     * @param clock decides when a token is due
     * @throws NullPointerException when an argument is null
     */
    public TokenCache(TokenSource source, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token valid for a while yet; fetches one (once, for all waiting threads) when there is none or it is due. */
    public String current() {
        Held h = held;
        if (h != null && fresh(h)) {
            return h.value();
        }
        synchronized (lock) {
            h = held;
            if (h != null && fresh(h)) {
                return h.value();
            }
            IssuedToken token = source.fetch();
            Duration margin = token.lifetime().dividedBy(4);
            margin = margin.compareTo(MAX_MARGIN) < 0 ? margin : MAX_MARGIN;
            Held next = new Held(
                    token.value(), clock.instant().plus(token.lifetime()).minus(margin));
            held = next;
            return next.value();
        }
    }

    /** Forgets {@code used} after the platform refused it; a token fetched meanwhile by another thread is kept. */
    public void invalidate(String used) {
        synchronized (lock) {
            Held h = held;
            if (h != null && h.value().equals(used)) {
                held = null;
            }
        }
    }

    private boolean fresh(@Nullable Held h) {
        return h != null && clock.instant().isBefore(h.refreshAt());
    }
}
