package io.orgkit.store.jdbc.internal;

import io.orgkit.core.StorageException;
import java.time.Instant;

/**
 * Instants are stored as BIGINT nanoseconds since 1970-01-01T00:00Z, so a value reads back exactly as written
 * (every database keeps a 64-bit integer the same way; years 1678 to 2261).
 */
final class Times {
    private static final long NANOS = 1_000_000_000L;

    private Times() {}

    static long toNanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), NANOS), t.getNano());
        } catch (ArithmeticException e) {
            throw new StorageException("the time " + t + " is outside what the JDBC store keeps (years 1678-2261)");
        }
    }

    static Instant fromNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }
}
