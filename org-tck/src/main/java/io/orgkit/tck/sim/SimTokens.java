package io.orgkit.tck.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Access tokens the simulator issued and when each expires. */
public final class SimTokens {
    /** What a presented token is. */
    public enum Validity {
        /** Issued and not expired. */
        VALID,
        /** Missing, or never issued by this simulator. */
        UNKNOWN,
        /** Issued, but past its lifetime. */
        EXPIRED
    }

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();
    private volatile Duration lifetime = Duration.ofSeconds(7200);

    /**
     * Issues a new token that lives for the current lifetime.
     *
     * @return the token
     */
    public String issue() {
        String token = "simtoken" + issued.incrementAndGet() + Long.toHexString(System.nanoTime());
        expiries.put(token, Instant.now().plus(lifetime));
        return token;
    }

    /** {@return the lifetime of newly issued tokens, in seconds} */
    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    /**
     * Sets the lifetime of tokens issued from now on (tests shorten it to see renewals).
     *
     * @param newLifetime the lifetime
     */
    public void lifetime(Duration newLifetime) {
        this.lifetime = newLifetime;
    }

    /** Every token issued so far answers 42001 from now on. */
    public void expireAll() {
        expiries.replaceAll((token, expiry) -> Instant.EPOCH);
    }

    /**
     * What a presented token is.
     *
     * @param token the token, or null when the request had none
     * @return valid, unknown or expired
     */
    public Validity check(@Nullable String token) {
        Instant expiry = token == null ? null : expiries.get(token);
        if (expiry == null) {
            return Validity.UNKNOWN;
        }
        return Instant.now().isBefore(expiry) ? Validity.VALID : Validity.EXPIRED;
    }

    /** {@return how many tokens were issued} */
    public long issuedCount() {
        return issued.get();
    }
}
