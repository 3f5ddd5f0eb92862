package io.orgkit.tck.provider;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what logging prints while it is open, without depending on a logging backend: {@code System.out} and
 * {@code System.err} are teed (slf4j-simple and logback's console appender write there) and a handler on the
 * java.util.logging root logger records everything at every level. Backends that write elsewhere (files) are not
 * seen; run the suite with a console backend at DEBUG level to cover debug logging.
 */
final class LogCapture implements AutoCloseable {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final Logger julRoot = Logger.getLogger("");
    private final Level julLevel = julRoot.getLevel();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            write(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters()) + " "
                    + (r.getThrown() == null ? "" : stackTrace(r.getThrown())) + "\n");
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    LogCapture() {
        System.setOut(new PrintStream(new Tee(out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err), true, StandardCharsets.UTF_8));
        julRoot.addHandler(handler);
        julRoot.setLevel(Level.ALL);
    }

    synchronized String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private synchronized void write(String s) {
        captured.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
        julRoot.removeHandler(handler);
        julRoot.setLevel(julLevel);
    }

    private final class Tee extends OutputStream {
        private final OutputStream original;

        Tee(OutputStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            original.write(b);
            synchronized (LogCapture.this) {
                captured.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            original.write(b, off, len);
            synchronized (LogCapture.this) {
                captured.write(b, off, len);
            }
        }
    }
}
