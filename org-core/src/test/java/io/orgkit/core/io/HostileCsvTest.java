package io.orgkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.orgkit.core.ValidationException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV files with huge lines, cells or column counts: each refused with a short message, without running out of
 * memory. Tagged {@code low-heap}: the build runs this class in its own JVM with {@code -Xmx256m}.
 */
@Tag("low-heap")
class HostileCsvTest {
    @TempDir
    Path dir;

    IoFixture f;

    @BeforeEach
    void setUp() {
        f = new IoFixture(dir);
    }

    /** Writes a file of about {@code chars} characters: {@code head}, then {@code piece} repeated, then a row. */
    private Path file(String head, String piece, long chars) throws IOException {
        Path p = dir.resolve("hostile.csv");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(head);
            for (long n = head.length(); n < chars; n += piece.length()) {
                w.write(piece);
            }
            w.write("\r\nBob,13900139000\r\n");
        }
        return p;
    }

    private void refused(Path file, String message) {
        Throwable e = catchThrowable(() -> f.acme.io().importMembers(file, ImportOptions.defaults()));
        assertThat(e).isInstanceOf(ValidationException.class).hasMessageContaining(message);
        assertThat(e.getMessage()).hasSizeLessThan(400);
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void aHeaderLineOf99MegabytesIsRefusedWithoutQuotingIt() throws IOException {
        refused(file("Name,Phone,", "Position ", 99L << 20), "row 1 column 3 holds more than 32767 characters");
    }

    @Test
    void aCellOf60MegabytesIsRefused() throws IOException {
        Path p = dir.resolve("cell.csv");
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            w.write("Name,Position\r\nBob,\"");
            for (int i = 0; i < 60 << 10; i++) {
                w.write("Lead,\"\"Core\"\"\n".repeat(73));
            }
            w.write("\"\r\n");
        }
        refused(p, "row 2 column 2 holds more than 32767 characters");
    }

    @Test
    void moreThan16384ColumnsAreRefused() throws IOException {
        refused(file("Name", ",x", 40_000), "row 1 has more than 16384 columns");
    }

    @Test
    void aLineOfMoreThanAMillionCharactersIsRefused() throws IOException {
        refused(file("Name", "," + "w".repeat(1_000), 2L << 20), "row 1 is longer than 1048576 characters");
    }

    @Test
    void aLongHeaderWithoutANameColumnIsQuotedCut() throws IOException {
        refused(file("Nom", ",colonne inconnue numero", 300_000), "no Name (姓名) column found in 'Nom, colonne");
    }

    /**
     * Rows of almost the largest size allowed (a million characters in cells past the header's columns) are parsed
     * on a second thread while the first checks them: what is parsed ahead is bounded in characters, not only in
     * rows, so 90 such rows (90 MB) pass through the 256 MB heap.
     */
    @Test
    void ninetyRowsOfAMillionCharactersEachAreImportedWithinTheSmallHeap() throws IOException {
        Path p = dir.resolve("wide.csv");
        String filler = ("," + "w".repeat(32_000)).repeat(31);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("Name,Phone\r\n");
            for (int i = 0; i < 90; i++) {
                w.write("Wide " + i + ",139" + String.format("%08d", i) + filler + "\r\n");
            }
        }

        ImportResult r = f.acme.io().importMembers(p, ImportOptions.defaults());

        assertThat(r.errors()).isEmpty();
        assertThat(r.created()).isEqualTo(90);
        assertThat(f.names()).hasSize(91).contains("Wide 0", "Wide 89");
    }

    /** 3,000 rows of 16,000 one-character cells each (94 MB), every row with a bad phone. */
    private Path tinyCellsThatAllFail() throws IOException {
        Path p = dir.resolve("tiny-cells.csv");
        String tail = ",x".repeat(16_000);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("Name,Phone\r\n");
            for (int i = 0; i < 3_000; i++) {
                w.write("Row " + i + ",not a phone" + tail + "\r\n");
            }
        }
        return p;
    }

    /**
     * The failed rows are returned (rowsToFix), so they are kept; a file of tiny cells would take twenty times its
     * size in the heap. Once the failed rows and their errors would take more than ImportRun.MAX_REPORT_BYTES, the
     * file is refused as a whole, naming its first problem.
     */
    @Test
    void failedRowsOfManyTinyCellsAreRefusedOnceTheirReportWouldOutgrowTheHeap() throws IOException {
        Path p = tinyCellsThatAllFail();

        refused(p, "the file has too many invalid rows to list them all");
        Throwable e = catchThrowable(() -> f.acme.io().importMembers(p, ImportOptions.defaults()));
        assertThat(e).hasMessageContaining("more than 96 MB of rows to fix").hasMessageContaining("row 2, Phone:");
    }

    @Test
    void skippingInvalidRowsRefusesSuchAFileToo() throws IOException {
        Path p = tinyCellsThatAllFail();

        Throwable e = catchThrowable(
                () -> f.acme.io().importMembers(p, ImportOptions.defaults().mode(ImportMode.SKIP_INVALID_ROWS)));

        assertThat(e).isInstanceOf(ValidationException.class).hasMessageContaining("too many invalid rows");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    /** The bound leaves room for a whole file of the template's columns that fails on every row. */
    @Test
    void aHundredThousandRowsThatAllFailAreAllReported() throws IOException {
        Path p = dir.resolve("all-fail.csv");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("Name,Employee ID,Phone,Email,Position,Department\r\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("Member number " + i + ",E" + i + ",not a phone,member" + i
                        + "@example.com,Senior engineer,Research and Development/Backend\r\n");
            }
        }

        ImportResult r = f.acme.io().importMembers(p, ImportOptions.defaults().createMissingDepartments(true));

        assertThat(r.failed()).isEqualTo(100_000);
        assertThat(r.rowsToFix()).hasSize(100_000);
        assertThat(r.errors()).hasSize(100_000);
        assertThat(f.names()).containsExactly("Alice Zhang");
    }
}
