package io.orgkit.core.internal.io;

import io.orgkit.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An uploaded stream copied to a temporary file (formats need random access), refused beyond the size limit. */
final class Spool implements AutoCloseable {
    private final Path file;

    private Spool(Path file) {
        this.file = file;
    }

    static Spool of(InputStream in, String suffix, long maxBytes) {
        Path file;
        try {
            file = Files.createTempFile("orgkit-import-", "." + suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the import; check java.io.tmpdir", e);
        }
        Spool spool = new Spool(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            copy(in, out, maxBytes);
            return spool;
        } catch (IOException e) {
            spool.close();
            throw ValidationException.of(
                    "file", "the upload could not be read (" + e.getMessage() + "); upload it" + " again");
        } catch (RuntimeException e) {
            spool.close();
            throw e;
        }
    }

    private static void copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            total += n;
            if (total > maxBytes) {
                throw ImportPipeline.tooLarge(maxBytes);
            }
            out.write(buf, 0, n);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
