package io.orgkit.provider.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 10.2.3): either a number of seconds or an HTTP-date. A date
 * in the past means "now" (a zero pause); anything else unreadable, negative or longer than 40 characters is
 * ignored (empty), so the caller falls back to its own back-off.
 */
public final class RetryAfter {
    private static final int MAX_LENGTH = 40;

    private RetryAfter() {}

    /** The pause {@code header} asks for, measured from {@code now}. */
    public static Optional<Duration> parse(@Nullable String header, Instant now) {
        if (header == null || header.isBlank() || header.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
