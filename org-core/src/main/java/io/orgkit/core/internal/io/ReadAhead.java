package io.orgkit.core.internal.io;

import io.orgkit.core.io.RowHandler;
import io.orgkit.core.io.SourceRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Parses a file on a second thread while the calling thread checks its rows, so that an import's first pass takes
 * about as long as the slower of the two instead of their sum.
 *
 * <p>The parser hands its rows over in batches through a queue of {@value #QUEUED} batches; a batch closes at
 * {@value #BATCH_ROWS} rows or {@value #BATCH_CHARS} characters, so at most four batches (the queued ones, the one
 * being filled and the one being checked) are held at once, each within {@link #BATCH_CHARS} plus one row's
 * bound. The rows reach the handler on the calling thread, in file order, as with a plain read.
 *
 * <p>Whichever side fails first stops the other: a parser's exception is rethrown on the calling thread as
 * thrown (an {@link IOException} as such), and a handler's exception stops the parser at its next row. Either
 * way the parser's thread has ended when {@link #read} returns or throws, so the file can be deleted then.
 */
final class ReadAhead {
    static final int BATCH_ROWS = 512;
    static final int BATCH_CHARS = 1 << 18;
    static final int QUEUED = 2;

    /** A file's parser: hands every row to {@code rows}. */
    @FunctionalInterface
    interface Parser {
        void parse(RowHandler rows) throws IOException;
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean stopped;

    private ReadAhead() {}

    /** Parses with {@code parser} on a new thread, handing its rows to {@code rows} on this one. */
    static void read(Parser parser, RowHandler rows) throws IOException {
        new ReadAhead().run(parser, rows);
    }

    private void run(Parser parser, RowHandler rows) throws IOException {
        Thread reader = new Thread(() -> parse(parser), "orgkit-import-reader");
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    done = true;
                    return;
                }
                if (item instanceof Failure f) {
                    done = true;
                    throw f.rethrown();
                }
                for (SourceRow row : batch(item)) {
                    rows.row(row);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import was interrupted while reading the file; nothing was imported");
        } finally {
            if (!done) {
                stopped = true;
                reader.interrupt();
            }
            joinQuietly(reader);
            queue.clear();
        }
    }

    /** The parser thread: rows in batches, then the end or the failure; nothing once the handler has stopped. */
    private void parse(Parser parser) {
        List<SourceRow> batch = new ArrayList<>();
        long[] chars = {0};
        try {
            parser.parse(row -> {
                if (stopped) {
                    throw new Stop();
                }
                batch.add(row);
                chars[0] += chars(row);
                if (batch.size() >= BATCH_ROWS || chars[0] >= BATCH_CHARS) {
                    hand(List.copyOf(batch));
                    batch.clear();
                    chars[0] = 0;
                }
            });
            if (!batch.isEmpty()) {
                hand(List.copyOf(batch));
            }
            hand(END);
        } catch (Stop e) {
            // the handler failed or the caller was interrupted: nobody takes anything any more
        } catch (Throwable e) { // whatever it is, the caller must hear of it, or it would wait for ever
            try {
                if (!batch.isEmpty()) {
                    hand(List.copyOf(batch)); // the rows before the failure, as a plain read would have handled them
                }
                hand(new Failure(e));
            } catch (Stop stop) {
                // as above
            }
        }
    }

    /** Queues {@code item}; gives up (throws {@link Stop}) once the caller has stopped taking. */
    private void hand(Object item) {
        try {
            while (!queue.offer(item, 20, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stop();
                }
            }
        } catch (InterruptedException e) {
            throw new Stop();
        }
    }

    private static long chars(SourceRow row) {
        long n = 0;
        for (String cell : row.cells()) {
            n += cell.length();
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static List<SourceRow> batch(Object item) {
        return (List<SourceRow>) item;
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the parser threw, to rethrow on the calling thread. */
    private record Failure(Throwable thrown) {
        RuntimeException rethrown() throws IOException {
            if (thrown instanceof IOException io) {
                throw io;
            }
            if (thrown instanceof RuntimeException r) {
                return r;
            }
            if (thrown instanceof Error e) {
                throw e;
            }
            return new UncheckedIOException(new IOException(thrown));
        }
    }

    /** Unwinds the parser once nobody takes its rows. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }
}
