package io.orgkit.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ValidationException;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportLimits;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.io.RowError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus of bad files, built here: each is refused with a clear message and nothing is written. */
class XlsxBadFilesTest {
    @TempDir
    Path dir;

    ExcelFixture f;
    Path good;

    @BeforeEach
    void setUp() {
        f = new ExcelFixture(dir);
        good = f.xlsx(List.of(List.of("Name", "Phone"), List.of("Bob", "13900139000")));
    }

    private void refused(Path file, ImportOptions options, String message) {
        assertThatThrownBy(() -> f.acme.io().importMembers(file, options))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("nothing was imported");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    private void refused(Path file, String message) {
        refused(file, ImportOptions.defaults(), message);
    }

    @Test
    void aFileThatIsNoZipArchive() throws IOException {
        refused(Files.writeString(f.path("text.xlsx"), "Name\nBob\n"), "it is no ZIP archive");
    }

    @Test
    void aZipArchiveThatIsNoWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        refused(Files.write(f.path("hello.xlsx"), bytes.toByteArray()), "not a valid Excel workbook");
    }

    @Test
    void aTruncatedWorkbook() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        refused(Files.write(f.path("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2)), "damaged or truncated");
    }

    @Test
    void aZipBomb() throws IOException {
        Path bomb = rezip(good, "xl/media/padding.bin", new byte[64 << 20]);
        refused(bomb, "typical of zip bombs");
    }

    @Test
    void anEntryLargerThanTheLimit() throws IOException {
        byte[] random = new byte[2 << 20];
        new java.util.Random(7).nextBytes(random);
        ImportOptions small =
                ImportOptions.defaults().limits(ImportLimits.defaults().withZipLimits(1_000, 1 << 20, 0.01));
        refused(rezip(good, "xl/media/photo.bin", random), small, "expands to more than 1 MB");
    }

    @Test
    void tooManyEntries() throws IOException {
        ImportOptions few =
                ImportOptions.defaults().limits(ImportLimits.defaults().withZipLimits(5, 1 << 20, 0.01));
        refused(good, few, "more than the limit of 5");
    }

    @Test
    void duplicateEntryNames() throws IOException {
        Path twice = rezip(good, "xl/styles.xmX", "<x/>".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(twice);
        replace(bytes, "xl/styles.xmX", "xl/styles.xml");
        refused(Files.write(f.path("dup.xlsx"), bytes), "contains the entry 'xl/styles.xml' twice");
    }

    @Test
    void anEncryptedWorkbook() throws Exception {
        Path encrypted = f.path("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("s3cret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(good, os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        refused(encrypted, "password-protected");
    }

    @Test
    void aLegacyXlsWorkbook() throws IOException {
        Path xls = f.path("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Members").createRow(0).createCell(0).setCellValue("Name");
            wb.write(out);
        }
        refused(xls, "legacy Excel 97-2003 workbook (.xls)");
    }

    @Test
    void aSheetWithoutAHeaderRow() {
        Path noHeader = f.xlsx(List.of(List.of("Bob", "13900139000"), List.of("Carol", "13900139001")));
        assertThatThrownBy(() -> f.importFile(noHeader))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no Name (姓名) column");
        Path empty = f.xlsx(List.of());
        assertThatThrownBy(() -> f.importFile(empty))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("the file is empty");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void formulaCellsAreNeitherEvaluatedNorImported() {
        Path formulas = f.xlsx(List.of(List.of("Name", "Phone"), List.of("Bob", ""), List.of("Carol", "")), sheet -> {
            sheet.getRow(1).getCell(1).setCellFormula("\"139\"&\"00139000\"");
            sheet.getRow(2).getCell(0).setCellFormula("UPPER(\"carol\")");
        });

        ImportResult r = f.importFile(formulas);

        assertThat(r.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "Phone"),
                        org.assertj.core.groups.Tuple.tuple(3, "Name"),
                        org.assertj.core.groups.Tuple.tuple(3, "Name"));
        assertThat(r.errors().get(0).message()).contains("holds a formula");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void moreThan100000RowsAreRefused() throws IOException {
        Path big = f.path("big.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(big)) {
            SXSSFSheet sheet = wb.createSheet("Members");
            sheet.createRow(0).createCell(0).setCellValue("Name");
            for (int i = 1; i <= 100_001; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("Member " + i);
            }
            wb.write(out);
        }
        refused(big, "more than 100000 data rows");
    }

    @Test
    void aStreamedUploadBeyondTheSizeLimitIsRefused() throws IOException {
        ImportOptions tiny =
                ImportOptions.defaults().limits(ImportLimits.defaults().withMaxFileBytes(1_000));
        assertThatThrownBy(() -> f.acme.io().importMembers(Files.newInputStream(good), FileFormat.XLSX, tiny))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("larger than 0 MB");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    /** A copy of the workbook with one more entry. */
    private Path rezip(Path source, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
        }
        return Files.write(f.path("rezipped.xlsx"), bytes.toByteArray());
    }

    private static void replace(byte[] bytes, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.US_ASCII);
        byte[] b = to.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + a.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, bytes, i, b.length);
            }
        }
    }
}
