package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import java.security.SecureRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Id helpers shared by the typed ids. New ids are time-ordered UUIDs (version 7, RFC 9562): 48 bits of Unix
 * milliseconds, a 12-bit counter within the millisecond, 62 random bits; their text sorts in creation order, so a
 * bulk insert appends to the id indexes instead of scattering over them.
 */
public final class Ids {
    public static final int MAX_LENGTH = 64;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static int counter;

    private Ids() {}

    /** A new time-ordered id (UUIDv7 text), increasing within this JVM. */
    public static String random() {
        long stamp = next();
        long millis = stamp >>> 12;
        long high = (millis << 16) | 0x7000L | (stamp & 0xFFFL);
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** Milliseconds (shifted by 12) plus the counter; a counter overflow borrows the next millisecond. */
    private static synchronized long next() {
        long now = System.currentTimeMillis();
        if (now > lastMillis) {
            lastMillis = now;
            counter = 0;
        } else if (++counter > 0xFFF) {
            lastMillis++;
            counter = 0;
        }
        return (lastMillis << 12) | counter;
    }

    /**
     * Refuses a blank id, one longer than {@value #MAX_LENGTH} characters or containing {@code /}.
     *
     * @throws ValidationException naming {@code kind}
     */
    public static void check(@Nullable String value, String kind) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(kind, "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of(kind, "is longer than " + MAX_LENGTH + " characters");
        }
        if (value.indexOf('/') >= 0) {
            throw ValidationException.of(kind, "must not contain '/'");
        }
    }
}
