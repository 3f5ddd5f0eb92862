package io.orgkit.core.internal.io;

import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The valid rows of an import, written to a temporary file while checking and read back to write them: the
 * second pass costs a sequential read of the rows' checked, normalised values (the write neither parses the
 * spreadsheet nor validates and normalises the values again), and memory does not grow with the rows. Values are
 * stored losslessly ({@link ValueIndex#encode}); the file is deleted on close.
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

    /**
     * A checked row as the write needs it: the normalised fields (so the write does not validate and normalise them
     * again), the existing member it updates, and its canonical department paths.
     */
    record Checked(
            int row,
            String name,
            @Nullable String employeeId,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String position,
            @Nullable MemberId target,
            List<String> paths) {}

    /** Keeps a row that passed the checks: its normalised values, target and paths (not its id: made when written). */
    void add(PendingRow row) {
        if (out == null) {
            throw new IllegalStateException("the spooled rows are being read already");
        }
        try {
            Member d = row.draft();
            List<String> paths = row.paths();
            byte[][] values = new byte[FIELDS + paths.size()][];
            values[0] = bytes(d.name());
            values[1] = bytes(d.employeeId());
            values[2] = bytes(d.phone());
            values[3] = bytes(d.email());
            values[4] = bytes(d.position());
            values[5] = bytes(row.target() == null ? null : row.target().value());
            int size = 8;
            for (int i = 0; i < paths.size(); i++) {
                values[FIELDS + i] = bytes(paths.get(i));
            }
            for (byte[] b : values) {
                size += 4 + (b == null ? 0 : b.length);
            }
            ByteBuffer block =
                    ByteBuffer.allocate(4 + size).putInt(size).putInt(row.row()).putInt(paths.size());
            for (byte[] b : values) {
                if (b == null) {
                    block.putInt(-1);
                } else {
                    block.putInt(b.length).put(b);
                }
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

    /** Hands on every spooled row, in the order added. */
    void forEach(Consumer<Checked> rows) {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
            try (DataInputStream in =
                    new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
                for (int i = 0; i < count; i++) {
                    rows.accept(read(in));
                }
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static final int FIELDS = 6;

    private static byte @Nullable [] bytes(@Nullable String value) {
        return value == null ? null : ValueIndex.encode(value);
    }

    private static Checked read(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        ByteBuffer block = ByteBuffer.wrap(bytes);
        int number = block.getInt();
        int n = block.getInt();
        String[] values = new String[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            values[i] = string(block);
        }
        List<String> paths = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            paths.add(java.util.Objects.requireNonNull(string(block)));
        }
        return new Checked(
                number,
                java.util.Objects.requireNonNull(values[0]),
                values[1],
                values[2],
                values[3],
                values[4],
                values[5] == null ? null : MemberId.of(values[5]),
                List.copyOf(paths));
    }

    private static @Nullable String string(ByteBuffer block) {
        int length = block.getInt();
        if (length < 0) {
            return null;
        }
        byte[] b = new byte[length];
        block.get(b);
        return ValueIndex.decode(b);
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
