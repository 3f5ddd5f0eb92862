package io.orgkit.provider.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ProviderException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApiCallerTest {
    private final List<Duration> slept = new ArrayList<>();
    private final Backoff backoff =
            new Backoff(3, Duration.ofMillis(100), Duration.ofSeconds(5), slept::add, () -> 1.0);
    private final QpsLimiter noLimit = new QpsLimiter(0, slept::add, System::nanoTime);
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final TokenCache tokens = new TokenCache(
            () -> new TokenCache.IssuedToken("tok" + tokensIssued.incrementAndGet(), Duration.ofHours(2)),
            Clock.systemUTC());
    private final ApiCaller caller = new ApiCaller(tokens, noLimit, backoff);

    /** Answers are strings: "ok", "busy", "token", "denied". */
    private static final PlatformErrors<String> ERRORS = new PlatformErrors<>() {
        @Override
        public Verdict classify(String answer) {
            return switch (answer) {
                case "ok" -> Verdict.ok();
                case "busy" -> Verdict.retry("busy", "try later");
                case "token" -> Verdict.renewToken("expired");
                default -> Verdict.fail(answer);
            };
        }

        @Override
        public RuntimeException refused(String call, String answer) {
            return new ProviderException("p", answer, call + " refused");
        }

        @Override
        public RuntimeException gaveUp(String call, String code, String detail, int attempts) {
            return new ProviderException("p", code, call + " gave up after " + attempts + ": " + detail);
        }
    };

    private String call(String... answers) {
        Deque<Object> queue = new ArrayDeque<>(List.of((Object[]) answers));
        return caller.call("/x", ERRORS, token -> next(queue, token));
    }

    private static String next(Deque<Object> queue, String token) {
        Object a = queue.poll();
        if (a instanceof String s && s.startsWith("transient")) {
            throw new TransientFailure("http-429", "too many", s.endsWith("!") ? Duration.ofSeconds(2) : null);
        }
        return a == null ? "ok" : (String) a;
    }

    @Test
    void busy_answers_are_retried_with_growing_pauses_until_one_succeeds() {
        assertThat(call("busy", "transient", "ok")).isEqualTo("ok");
        assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void a_retry_after_is_waited_for_before_the_next_attempt() {
        call("transient!", "ok");

        assertThat(slept).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void a_call_that_stays_busy_gives_up_after_the_attempts_allowed() {
        ProviderException e = catchThrowableOfType(ProviderException.class, () -> call("busy", "busy", "busy", "ok"));

        assertThat(e.code()).isEqualTo("busy");
        assertThat(e.getMessage()).contains("gave up after 3");
    }

    @Test
    void a_retry_after_longer_than_allowed_gives_up_at_once() {
        Backoff shortMax = new Backoff(3, Duration.ofMillis(100), Duration.ofSeconds(1), slept::add, () -> 1.0);
        ApiCaller impatient = new ApiCaller(null, noLimit, shortMax);
        Deque<Object> queue = new ArrayDeque<>(List.of("transient!"));

        ProviderException e =
                catchThrowableOfType(ProviderException.class, () -> impatient.call("/x", ERRORS, t -> next(queue, t)));

        assertThat(e.getMessage()).contains("asked to wait 2 s");
        assertThat(slept).isEmpty();
    }

    @Test
    void a_refused_token_is_renewed_once_and_a_second_refusal_fails() {
        List<String> used = new ArrayList<>();
        Deque<Object> queue = new ArrayDeque<>(List.of("token", "ok"));
        caller.call("/x", ERRORS, t -> {
            used.add(t);
            return next(queue, t);
        });
        assertThat(used).containsExactly("tok1", "tok2");

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> call("token", "token"));
        assertThat(e.code()).isEqualTo("token");
        assertThat(slept).isEmpty();
    }

    @Test
    void a_refusal_fails_without_retrying() {
        ProviderException e = catchThrowableOfType(ProviderException.class, () -> call("denied", "ok"));

        assertThat(e.code()).isEqualTo("denied");
        assertThat(slept).isEmpty();
    }

    @Test
    void an_interrupted_thread_stops_before_calling() {
        Thread.currentThread().interrupt();
        try {
            assertThat(catchThrowableOfType(Sleeper.FetchInterrupted.class, () -> call("ok")))
                    .isNotNull();
        } finally {
            Thread.interrupted();
        }
    }
}
