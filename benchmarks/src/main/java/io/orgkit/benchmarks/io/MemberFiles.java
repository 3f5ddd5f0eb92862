package io.orgkit.benchmarks.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Generated member data: the same cells for the file to import, the members to export and the baselines. */
final class MemberFiles {
    static final List<String> HEADER = List.of("Name", "Employee ID", "Phone", "Email", "Position", "Department");

    private MemberFiles() {}

    /** The cells of member {@code i} (1-based); 20 departments under 4 divisions. */
    static List<String> cells(int i) {
        return List.of(
                "Member " + i,
                "E" + (1_000_000 + i),
                "+86 138" + String.format("%08d", i),
                "member" + i + "@example.com",
                i % 7 == 0 ? "Manager" : "Engineer",
                "Division " + (i % 4) + "/Team " + (i % 20));
    }

    /** Writes an .xlsx of {@code rows} members (streaming; inline strings, as OrgKit and many tools write). */
    static Path xlsx(Path file, int rows) throws IOException {
        return xlsx(file, rows, false);
    }

    /**
     * Writes an .xlsx of {@code rows} members, its texts inline or, with {@code shared}, in a shared-strings table
     * (as Excel and LibreOffice write them).
     */
    static Path xlsx(Path file, int rows, boolean shared) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, shared);
                OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = wb.createSheet("Members");
            write(sheet.createRow(0), HEADER);
            for (int i = 1; i <= rows; i++) {
                write(sheet.createRow(i), cells(i));
            }
            wb.write(out);
        }
        return file;
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
