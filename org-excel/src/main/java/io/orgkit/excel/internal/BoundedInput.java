package io.orgkit.excel.internal;

import io.orgkit.core.ValidationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** A part's stream that refuses the file once more than a limit of bytes has been read from it. */
final class BoundedInput extends FilterInputStream {
    private final long max;
    private final Supplier<ValidationException> tooLarge;
    private long read;

    BoundedInput(InputStream in, long max, Supplier<ValidationException> tooLarge) {
        super(in);
        this.max = max;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > max) {
            throw tooLarge.get();
        }
    }
}
