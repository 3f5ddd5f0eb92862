package io.orgkit.core.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ValidationException;
import io.orgkit.core.io.SourceRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each case must end: a lost failure or a parser that is never stopped would leave the caller waiting. */
@Timeout(30)
class ReadAheadTest {

    @Test
    void everyRowReachesTheHandlerOnTheCallingThreadInFileOrder() throws IOException {
        int rows = ReadAhead.BATCH_ROWS * 5 + 7;
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> parser = new AtomicReference<>();

        ReadAhead.read(
                h -> {
                    parser.set(Thread.currentThread());
                    for (int i = 1; i <= rows; i++) {
                        h.row(new SourceRow(i, List.of("r" + i)));
                    }
                },
                row -> {
                    assertThat(Thread.currentThread()).isSameAs(caller);
                    seen.add(row.number());
                });

        assertThat(seen).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(seen.get(i)).isEqualTo(i + 1);
        }
        assertThat(parser.get()).isNotSameAs(caller);
        assertThat(parser.get().isAlive()).isFalse();
    }

    @Test
    void anEmptyFileHandsNothing() throws IOException {
        List<SourceRow> seen = new ArrayList<>();
        ReadAhead.read(h -> {}, seen::add);
        assertThat(seen).isEmpty();
    }

    @Test
    void theParserRunsAheadByAtMostTheQueuedBatches() throws IOException {
        AtomicInteger parsed = new AtomicInteger();
        int[] mostAhead = {0};
        int[] handled = {0};

        ReadAhead.read(
                h -> {
                    for (int i = 1; i <= ReadAhead.BATCH_ROWS * 20; i++) {
                        h.row(new SourceRow(i, List.of("x")));
                        parsed.incrementAndGet();
                    }
                },
                row -> {
                    handled[0]++;
                    mostAhead[0] = Math.max(mostAhead[0], parsed.get() - handled[0]);
                    if (handled[0] % 97 == 0) {
                        Thread.onSpinWait();
                    }
                });

        // queued batches, the one the handler holds and the one being filled
        assertThat(mostAhead[0]).isLessThanOrEqualTo((ReadAhead.QUEUED + 2) * ReadAhead.BATCH_ROWS);
    }

    @Test
    void aBatchClosesAtItsCharacterBoundSoLongRowsAreNotQueuedByTheHundred() throws IOException {
        String wide = "w".repeat(ReadAhead.BATCH_CHARS / 4);
        AtomicInteger parsed = new AtomicInteger();
        int[] handled = {0};
        int[] mostAhead = {0};

        ReadAhead.read(
                h -> {
                    for (int i = 1; i <= 200; i++) {
                        h.row(new SourceRow(i, List.of(wide)));
                        parsed.incrementAndGet();
                    }
                },
                row -> {
                    handled[0]++;
                    mostAhead[0] = Math.max(mostAhead[0], parsed.get() - handled[0]);
                });

        assertThat(handled[0]).isEqualTo(200);
        // four rows fill a batch: at most four batches' worth of rows are parsed and not yet handled
        assertThat(mostAhead[0]).isLessThanOrEqualTo((ReadAhead.QUEUED + 2) * 4);
    }

    @Test
    void theParsersValidationErrorReachesTheCallerAsThrown() {
        ValidationException refused = ValidationException.of("file", "the sheet has too many columns");
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.read(
                        h -> {
                            h.row(new SourceRow(1, List.of("a")));
                            throw refused;
                        },
                        row -> seen.add(row.number())))
                .isSameAs(refused);
        assertThat(seen).containsExactly(1);
    }

    @Test
    void theParsersIoErrorReachesTheCallerAsAnIoError() {
        IOException broken = new IOException("unexpected end of ZLIB input stream");

        assertThatThrownBy(() -> ReadAhead.read(
                        h -> {
                            throw broken;
                        },
                        row -> {}))
                .isSameAs(broken);
    }

    @Test
    void aHandlerFailureStopsTheParserBeforeTheEndOfTheFile() throws InterruptedException {
        AtomicInteger parsed = new AtomicInteger();
        AtomicReference<Thread> parser = new AtomicReference<>();
        ValidationException tooMany = ValidationException.of("file", "more rows than the limit");

        assertThatThrownBy(() -> ReadAhead.read(
                        h -> {
                            parser.set(Thread.currentThread());
                            for (int i = 1; i <= 1_000_000; i++) {
                                h.row(new SourceRow(i, List.of("x")));
                                parsed.incrementAndGet();
                            }
                        },
                        row -> {
                            if (row.number() == 10) {
                                throw tooMany;
                            }
                        }))
                .isSameAs(tooMany);

        // the parser's thread has ended when read throws, far short of the million rows
        assertThat(parser.get().isAlive()).isFalse();
        assertThat(parsed.get()).isLessThan((ReadAhead.QUEUED + 3) * ReadAhead.BATCH_ROWS);
    }

    @Test
    void aParserThatSwallowsTheStopStillEndsAndItsLateFailureIsNotReported() {
        AtomicBoolean afterStop = new AtomicBoolean();
        IllegalStateException handlerFailure = new IllegalStateException("the handler failed");

        assertThatThrownBy(() -> ReadAhead.read(
                        h -> {
                            try {
                                for (int i = 1; i <= 100_000; i++) {
                                    h.row(new SourceRow(i, List.of("x")));
                                }
                            } catch (RuntimeException stop) {
                                // a parser that wraps whatever its callback throws as a damaged file
                                afterStop.set(true);
                                throw new IllegalArgumentException("damaged file", stop);
                            }
                        },
                        row -> {
                            throw handlerFailure;
                        }))
                .isSameAs(handlerFailure);
        assertThat(afterStop).isTrue();
    }

    @Test
    void anInterruptedCallerStopsTheParserAndKeepsItsInterruptStatus() throws Exception {
        CountDownLatch parsing = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Thread> parser = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                ReadAhead.read(
                        h -> {
                            parser.set(Thread.currentThread());
                            parsing.countDown();
                            for (int i = 1; ; i++) {
                                h.row(new SourceRow(i, List.of("x")));
                            }
                        },
                        row -> {});
            } catch (Throwable t) {
                thrown.set(t);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        assertThat(parsing.await(10, TimeUnit.SECONDS)).isTrue();

        caller.interrupt();
        caller.join(10_000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(CancellationException.class).hasMessageContaining("nothing was imported");
        assertThat(stillInterrupted).isTrue();
        assertThat(parser.get().isAlive()).isFalse();
    }

    @Test
    void aParserThatThrowsACheckedExceptionItDoesNotDeclareStillEndsTheRead() {
        Exception odd = new Exception("thrown past the compiler");

        assertThatThrownBy(() -> ReadAhead.read(h -> ReadAheadTest.<RuntimeException>sneaky(odd), row -> {}))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasRootCause(odd);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
