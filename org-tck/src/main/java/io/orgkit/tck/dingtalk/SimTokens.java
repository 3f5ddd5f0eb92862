package io.orgkit.tck.dingtalk;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Access tokens the simulator issued and when each expires. */
final class SimTokens {
    /** What a presented token is. */
    enum Validity { VALID, UNKNOWN, EXPIRED }

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();
    private volatile Duration lifetime = Duration.ofSeconds(7200);

    String issue() {
        String token = "simtoken" + issued.incrementAndGet() + Long.toHexString(System.nanoTime());
        expiries.put(token, Instant.now().plus(lifetime));
        return token;
    }

    long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    void lifetime(Duration newLifetime) {
        this.lifetime = newLifetime;
    }

    /** Every token issued so far answers 42001 from now on. */
    void expireAll() {
        expiries.replaceAll((token, expiry) -> Instant.EPOCH);
    }

    Validity check(@Nullable String token) {
        Instant expiry = token == null ? null : expiries.get(token);
        if (expiry == null) {
            return Validity.UNKNOWN;
        }
        return Instant.now().isBefore(expiry) ? Validity.VALID : Validity.EXPIRED;
    }

    long issuedCount() {
        return issued.get();
    }
}
