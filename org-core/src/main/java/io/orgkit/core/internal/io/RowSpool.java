package io.orgkit.core.internal.io;

import io.orgkit.core.io.RowHandler;
import io.orgkit.core.io.SourceRow;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The valid rows of an import, written to a temporary file while checking and read back to write them: the
 * second pass costs a sequential read of plain cells instead of parsing the spreadsheet again, and memory does
 * not grow with the rows. Cells are stored losslessly ({@link ValueIndex#encode}); the file is deleted on close.
 */
final class RowSpool implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private @Nullable DataOutputStream out;
    private int count;

    private RowSpool(Path file, DataOutputStream out) {
        this.file = file;
        this.out = out;
    }

    static RowSpool create() {
        try {
            Path file = Files.createTempFile("orgkit-import-rows-", ".bin");
            return new RowSpool(
                    file, new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER)));
        } catch (IOException e) {
            throw failed(e);
        }
    }

    void add(SourceRow row) {
        if (out == null) {
            throw new IllegalStateException("the spooled rows are being read already");
        }
        try {
            byte[][] cells = new byte[row.cells().size()][];
            int size = 8;
            for (int c = 0; c < cells.length; c++) {
                cells[c] = ValueIndex.encode(row.cells().get(c));
                size += 4 + cells[c].length;
            }
            ByteBuffer block = ByteBuffer.allocate(4 + size)
                    .putInt(size)
                    .putInt(row.number())
                    .putInt(cells.length);
            for (byte[] b : cells) {
                block.putInt(b.length).put(b);
            }
            out.write(block.array());
            count++;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    int count() {
        return count;
    }

    /** Hands on every spooled row, in the order added (without formula cells: only valid rows are spooled). */
    void forEach(RowHandler rows) {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
            try (DataInputStream in =
                    new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
                for (int i = 0; i < count; i++) {
                    rows.row(read(in));
                }
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static SourceRow read(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        ByteBuffer block = ByteBuffer.wrap(bytes);
        int number = block.getInt();
        int n = block.getInt();
        List<String> cells = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            byte[] b = new byte[block.getInt()];
            block.get(b);
            cells.add(ValueIndex.decode(b));
        }
        return new SourceRow(number, cells, List.of());
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static UncheckedIOException failed(IOException e) {
        return new UncheckedIOException(
                "the import's temporary file of checked rows could not be written or read (" + e.getMessage()
                        + "); check the free space in java.io.tmpdir and import again",
                e);
    }
}
