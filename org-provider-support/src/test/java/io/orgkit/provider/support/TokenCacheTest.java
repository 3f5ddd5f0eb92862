package io.orgkit.provider.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
    private final AtomicInteger fetched = new AtomicInteger();
    private Clock clock = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);

    private TokenCache cacheWithClock(java.util.function.Supplier<Clock> clocks) {
        return new TokenCache(
                () -> new TokenCache.IssuedToken("t" + fetched.incrementAndGet(), Duration.ofSeconds(7200)),
                new DelegatingClock(clocks));
    }

    @Test
    void a_token_is_fetched_on_first_use_and_reused_until_shortly_before_it_expires() {
        TokenCache cache = cacheWithClock(() -> clock);

        assertThat(cache.current()).isEqualTo("t1");
        advance(Duration.ofSeconds(6899));
        assertThat(cache.current()).isEqualTo("t1");
        advance(Duration.ofSeconds(1));
        assertThat(cache.current()).isEqualTo("t2");
        assertThat(fetched).hasValue(2);
    }

    @Test
    void an_invalidated_token_is_replaced_but_a_newer_one_is_kept() {
        TokenCache cache = cacheWithClock(() -> clock);
        String first = cache.current();

        cache.invalidate(first);
        String second = cache.current();
        cache.invalidate(first);

        assertThat(second).isEqualTo("t2");
        assertThat(cache.current()).isEqualTo("t2");
    }

    @Test
    void threads_that_need_a_token_at_once_share_one_fetch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TokenCache cache = new TokenCache(
                () -> {
                    await(release);
                    return new TokenCache.IssuedToken("t" + fetched.incrementAndGet(), Duration.ofSeconds(60));
                },
                new DelegatingClock(() -> clock));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> got = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            got.add(pool.submit(cache::current));
        }
        release.countDown();

        for (Future<String> f : got) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("t1");
        }
        pool.shutdown();
        assertThat(fetched).hasValue(1);
    }

    @Test
    void an_issued_token_never_shows_its_value() {
        assertThat(new TokenCache.IssuedToken("secret-token-value", Duration.ofSeconds(1)).toString())
                .doesNotContain("secret-token-value");
    }

    private void advance(Duration d) {
        clock = Clock.fixed(clock.instant().plus(d), ZoneOffset.UTC);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock whose time a test moves. */
    private static final class DelegatingClock extends Clock {
        private final java.util.function.Supplier<Clock> current;

        DelegatingClock(java.util.function.Supplier<Clock> current) {
            this.current = current;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return current.get().instant();
        }
    }
}
