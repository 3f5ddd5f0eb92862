package io.orgkit.excel;

import static io.orgkit.excel.HandMadeXlsx.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.ValidationException;
import io.orgkit.core.io.ImportLimits;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.io.RowError;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small hostile .xlsx files, built entry by entry here, each refused with a clear message that quotes no cell
 * data, or imported with short messages, and none exhausting memory. Tagged {@code low-heap}: the build runs this
 * class in its own JVM with {@code -Xmx256m}.
 */
@Tag("low-heap")
class HostileXlsxTest {
    private static final String HEADER = "<row r=\"1\">" + text("A1", "Name") + text("B1", "Phone") + "</row>";
    private static final String SECRET = "Personal Data 13900139000";

    @TempDir
    Path dir;

    ExcelFixture f;

    @BeforeEach
    void setUp() {
        f = new ExcelFixture(dir);
    }

    private ValidationException refused(Path file, ImportOptions options, String message) {
        ValidationException e = (ValidationException)
                org.assertj.core.api.Assertions.catchThrowable(() -> f.acme.io().importMembers(file, options));
        assertThat(e).isNotNull().hasMessageContaining(message).hasMessageContaining("nothing was imported");
        assertThat(e.getMessage()).hasSizeLessThan(500).doesNotContain(SECRET);
        assertThat(f.names()).containsExactly("Alice Zhang");
        return e;
    }

    private ValidationException refused(Path file, String message) {
        return refused(file, ImportOptions.defaults(), message);
    }

    private Path sheet(String rows) {
        return HandMadeXlsx.write(f.path("hostile.xlsx"), HEADER + rows);
    }

    @Test
    void aReferenceBeyondColumnXfdIsRefusedInsteadOfPaddingTheRowToIt() {
        refused(
                sheet("<row r=\"2\">" + text("A2", "Bob") + text("ZZZZZZ2", SECRET) + "</row>"),
                "a cell of row 2 has a malformed reference");
    }

    @Test
    void malformedReferencesAreRefused() {
        for (String ref : new String[] {"XFE2", "A0", "A01", "2A", "a2", "A2x", "A1048577", ""}) {
            refused(sheet("<row r=\"2\">" + text("A2", "Bob") + text(ref, "x") + "</row>"), "malformed reference");
        }
    }

    @Test
    void columnXfdIsTheLastColumnAndIsRead() {
        ImportResult r = f.importFile(sheet("<row r=\"2\">" + text("A2", "Bob") + text("XFD2", "ignored") + "</row>"));

        assertThat(r.created()).isEqualTo(1);
        assertThat(f.names()).containsExactly("Alice Zhang", "Bob");
    }

    @Test
    void cellsOutOfOrderAreRefused() {
        refused(sheet("<row r=\"2\">" + text("B2", "13900139000") + text("A2", "Bob") + "</row>"), "out of order");
    }

    @Test
    void hugeExponentsStayShortAndAreRefusedAsPhones() {
        ImportResult r = f.importFile(sheet("<row r=\"2\">" + text("A2", "Bob") + "<c r=\"B2\"><v>1E999999999</v></c>"
                + "</row><row r=\"3\">" + text("A3", "Carol") + "<c r=\"B3\"><v>1E2147483647</v></c></row>"
                + "<row r=\"4\">" + text("A4", "Dan") + "<c r=\"B4\"><v>1.3900139E10</v></c></row>"));

        assertThat(r.errors()).extracting(RowError::row).containsExactly(2, 3);
        assertThat(r.errors())
                .allSatisfy(e -> assertThat(e.message()).hasSizeLessThan(200).contains("is not a phone number"));
        assertThat(r.errors().get(0).message()).startsWith("'1E+999999999'");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void aSharedStringOverExcelsLimitIsRefusedBeforeAnyRow() {
        StringBuilder rows = new StringBuilder();
        for (int i = 2; i <= 2_001; i++) {
            rows.append("<row r=\"")
                    .append(i)
                    .append("\">")
                    .append(text("A" + i, "Member " + i))
                    .append("<c r=\"B")
                    .append(i)
                    .append("\" t=\"s\"><v>0</v></c></row>");
        }
        StringBuilder phone = new StringBuilder(1 << 20);
        new Random(3).ints(1 << 20, 0, 10).forEach(phone::append);
        Path file = HandMadeXlsx.write(f.path("megaphone.xlsx"), HEADER + rows, "<si><t>" + phone + "</t></si>");

        refused(file, "longer than 32767 characters, Excel's limit for a cell");
    }

    @Test
    void aLongPhoneSharedByTwoThousandRowsIsQuotedShortInEachError() {
        StringBuilder rows = new StringBuilder();
        for (int i = 2; i <= 2_001; i++) {
            rows.append("<row r=\"")
                    .append(i)
                    .append("\">")
                    .append(text("A" + i, "Member " + i))
                    .append("<c r=\"B")
                    .append(i)
                    .append("\" t=\"s\"><v>0</v></c></row>");
        }
        String phone = "x".repeat(ImportLimits.MAX_CELL_CHARS);
        Path file = HandMadeXlsx.write(f.path("longphone.xlsx"), HEADER + rows, "<si><t>" + phone + "</t></si>");

        ImportResult r = f.importFile(file);

        assertThat(r.errors()).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.message()).hasSizeLessThan(200));
        assertThat(r.errors().get(0).message()).contains("32767").doesNotContain("xxxxxxxxxx".repeat(6));
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void aCellOverExcelsLimitIsRefused() {
        refused(
                sheet("<row r=\"2\">" + text("A2", "y".repeat(40_000)) + "</row>"),
                "a cell of row 2 holds more than 32767 characters");
    }

    @Test
    void aRowOverAMillionCharactersIsRefused() {
        StringBuilder cells = new StringBuilder(text("A2", "Bob"));
        for (int c = 1; c <= 40; c++) {
            cells.append("<c r=\"").append(column(c)).append("2\" t=\"s\"><v>0</v></c>");
        }
        Path file = HandMadeXlsx.write(
                f.path("wide.xlsx"),
                HEADER + "<row r=\"2\">" + cells + "</row>",
                "<si><t>" + "z".repeat(ImportLimits.MAX_CELL_CHARS) + "</t></si>");

        refused(file, "row 2 holds more than 1048576 characters");
    }

    @Test
    void sharedStringsOverTheByteLimitAreRefusedWithoutReadingThemWhole() throws Exception {
        long[] written = new long[1];
        HandMadeXlsx.Part strings = out -> {
            OutputStream o = new BufferedOutputStream(out, 1 << 16);
            byte[] filler = ("<si><t>" + "Department of Sales and Marketing, Building ".repeat(4))
                    .getBytes(StandardCharsets.UTF_8);
            Random random = new Random(8);
            o.write(HandMadeXlsx.sst("").replace("</sst>", "").getBytes(StandardCharsets.UTF_8));
            while (written[0] < 300L << 20) {
                o.write(filler);
                String tail = random.nextInt(1_000_000_000) + "</t></si>";
                o.write(tail.getBytes(StandardCharsets.US_ASCII));
                written[0] += filler.length + tail.length();
            }
            o.write("</sst>".getBytes(StandardCharsets.US_ASCII));
            o.flush();
        };
        Path file = HandMadeXlsx.write(
                f.path("strings.xlsx"),
                HandMadeXlsx.Part.of(HandMadeXlsx.sheet(HEADER + "<row r=\"2\">" + text("A2", "Bob") + "</row>")),
                strings);
        assertThat(Files.size(file)).isLessThan(40L << 20);

        refused(file, "shared strings take more than 64 MB unpacked, the limit");
    }

    @Test
    void moreSharedStringsThanTheLimitAreRefused() {
        Path file = HandMadeXlsx.write(f.path("many.xlsx"), HEADER, "<si><t>a</t></si>".repeat(11));
        ImportOptions ten =
                ImportOptions.defaults().limits(ImportLimits.defaults().withSharedStringsLimits(10, 1 << 20));

        refused(file, ten, "holds more than 10 texts, the limit (ImportLimits.maxSharedStrings)");
    }

    @Test
    void aRowNumberThatIsNoNumberIsRefused() {
        refused(sheet("<row r=\"two\">" + text("A2", "Bob") + "</row>"), "the row after row 1 has no valid row number");
        refused(sheet("<row r=\"2147483648\">" + text("A2", "Bob") + "</row>"), "no valid row number");
    }

    @Test
    void aSharedStringIndexTheTableLacksIsRefusedWithoutQuotingTheTable() {
        Path file = HandMadeXlsx.write(
                f.path("index.xlsx"),
                HEADER + "<row r=\"2\">" + text("A2", "Bob") + "<c r=\"B2\" t=\"s\"><v>999999</v></c></row>",
                "<si><t>" + SECRET + "</t></si>");

        refused(file, "a cell of row 2 refers to a shared text the workbook does not have");
    }

    @Test
    void damagedXmlIsRefusedWithoutQuotingIt() {
        refused(
                sheet("<row r=\"2\">" + text("A2", SECRET + " &undefined;") + "</row>"),
                "the workbook's XML is damaged");
        refused(sheet("<row r=\"2\">" + text("A2", SECRET) + "</rowx>"), "the workbook's XML is damaged");
    }

    /**
     * Each formula cell is an error of its row, and failed rows are kept for the result: 80 rows of 8,000 formula
     * cells (an 18 MB sheet) would make 640,000 errors. The report's bound refuses the file instead.
     */
    @Test
    void rowsOfThousandsOfFormulaCellsAreRefusedOnceTheirErrorsWouldOutgrowTheHeap() {
        StringBuilder rows = new StringBuilder(20 << 20);
        String[] columns = new String[8_002];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = column(c);
        }
        for (int r = 2; r <= 81; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(text("A" + r, "Member " + r));
            for (int c = 2; c < columns.length; c++) {
                rows.append("<c r=\"").append(columns[c]).append(r).append("\"><f>1</f></c>");
            }
            rows.append("</row>");
        }

        refused(sheet(rows.toString()), "the file has too many invalid rows to list them all");
    }

    private static String column(int n) {
        StringBuilder s = new StringBuilder();
        for (int c = n + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
