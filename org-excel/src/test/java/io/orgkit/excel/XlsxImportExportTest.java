package io.orgkit.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.io.ExportOptions;
import io.orgkit.core.io.ExportScope;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.HeaderLanguage;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.io.RowError;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.InMemoryStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxImportExportTest {
    @TempDir
    Path dir;

    ExcelFixture f;

    @BeforeEach
    void setUp() {
        f = new ExcelFixture(dir);
    }

    @Test
    void aWorkbookWithEnglishHeadersIsImported() {
        Path file = f.xlsx(List.of(
                List.of("Name *", "Employee ID", "Phone", "Email", "Department"),
                List.of("Bob Li", "E2", "139 0013 9000", "bob@example.com", "R&D/Backend")));

        ImportResult r = f.importFile(file);

        assertThat(r.created()).isEqualTo(1);
        assertThat(f.member("Bob Li").phone()).isEqualTo("+8613900139000");
        assertThat(f.member("Bob Li").mainDepartmentId()).isEqualTo(f.backend.id());
    }

    @Test
    void chineseHeadersInAnyOrderWithNumericPhonesAndExtraColumns() {
        Path file = f.xlsx(List.of(List.of("备注", "手机", "姓名", "部门"), List.of("x", "", "张三", "R&D")), sheet -> {
            sheet.getRow(1).getCell(1).setCellValue(13900139000d);
            sheet.getRow(1).createCell(7).setCellValue("ignored");
        });

        ImportResult r = f.importFile(file);

        assertThat(r.created()).isEqualTo(1);
        assertThat(f.member("张三").phone()).isEqualTo("+8613900139000");
        assertThat(f.member("张三").mainDepartmentId()).isEqualTo(f.rnd.id());
    }

    @Test
    void invalidRowsAreReportedByRowAndColumnAndNothingIsWritten() {
        Path file = f.xlsx(List.of(
                List.of("Name", "Employee ID", "Phone"),
                List.of("Bob", "E1", "13900139000"),
                List.of("Carol", "E1", "12"),
                List.of("Dan", "E3", "+86 138 0013 8000")));

        ImportResult r = f.importFile(file);

        assertThat(r.errors())
                .extracting(RowError::toString)
                .containsExactlyInAnyOrder(
                        "row 3, Employee ID: 'E1' appears also in row 2; each member needs their own",
                        "row 3, Phone: '12' is not a phone number; write it with its country code (+86 138 0013 8000) or as a"
                                + " number of region CN",
                        "row 4, Phone: '+8613800138000' is already used by Alice Zhang; each member needs their own");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void theErrorReportIsAWorkbookOfTheUploadedRowsWithAnErrorColumn() throws IOException {
        ImportResult r = f.importFile(f.xlsx(List.of(List.of("Name", "Phone"), List.of("Bob", "12"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        f.acme.io().writeErrorReport(r, FileFormat.XLSX, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = wb.getSheetAt(0).getRow(1);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(2).getStringCellValue())
                    .isEqualTo("Errors (错误)");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Bob");
            assertThat(row.getCell(2).getStringCellValue()).startsWith("Phone: '12' is not a phone number");
        }
    }

    @Test
    void anExportImportedIntoAnotherOrganizationReproducesTheMembers() {
        Department qa = f.acme.departments().create(f.backend, "QA/Automation");
        f.acme.members()
                .add(NewMember.named("Bob Li")
                        .employeeId("E2")
                        .phone("+86 139 0013 9000")
                        .email("bob@example.com")
                        .position("Engineer")
                        .in(f.backend.id(), qa.id()));
        f.acme.members()
                .add(NewMember.named("王五").employeeId("E3").position("设计师").in(f.rnd.id()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.acme.io().exportMembers(ExportScope.organization(), FileFormat.XLSX, out);
        Org copy =
                OrganizationService.builder().store(new InMemoryStore()).build().ensureDefault(Creator.named("Zed"));

        ImportResult r = copy.io()
                .importMembers(
                        new ByteArrayInputStream(out.toByteArray()),
                        FileFormat.XLSX,
                        ImportOptions.defaults().createMissingDepartments(true));

        assertThat(r.created()).isEqualTo(3);
        assertThat(snapshot(copy)).isEqualTo(snapshot(f.acme));
    }

    @Test
    void exportedCellsAreTextNeverFormulas() throws IOException {
        f.acme.members().add(NewMember.named("=HYPERLINK(\"http://evil\")").position("+SUM(A1)"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        f.acme.io()
                .exportMembers(
                        ExportScope.organization(),
                        FileFormat.XLSX,
                        ExportOptions.defaults().language(HeaderLanguage.CHINESE),
                        out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            Row evil = sheet.getRow(1);
            assertThat(evil.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(evil.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(evil.getCell(4).getStringCellValue()).isEqualTo("+SUM(A1)");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("+8613800138000");
        }
    }

    @Test
    void exportedColumnsAndCellsAreFormattedAsTextSoExcelKeepsLeadingZeros() throws IOException {
        f.acme.members().add(NewMember.named("Bob").employeeId("00123"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        f.acme.io().exportMembers(ExportScope.organization(), FileFormat.XLSX, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int row = 0; row <= 2; row++) {
                assertThat(sheet.getRow(row).getCell(0).getCellStyle().getDataFormatString())
                        .as("row " + row)
                        .isEqualTo("@");
            }
            Row bob = sheet.getRow(1).getCell(0).getStringCellValue().equals("Bob") ? sheet.getRow(1) : sheet.getRow(2);
            assertThat(bob.getCell(1).getStringCellValue()).isEqualTo("00123");
            assertThat(bob.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
            for (int col = 0; col < 6; col++) {
                assertThat(sheet.getColumnStyle(col).getDataFormatString())
                        .as("column " + col)
                        .isEqualTo("@");
            }
        }
    }

    @Test
    void aDateFormattedCellImportsAsTheIsoDateAUserSees() {
        Path file = f.xlsx(
                List.of(List.of("Name", "Employee ID", "Position"), List.of("Bob", "", ""), List.of("Carol", "", "")),
                sheet -> {
                    var wb = sheet.getWorkbook();
                    var builtIn = wb.createCellStyle();
                    builtIn.setDataFormat((short) 14);
                    var custom = wb.createCellStyle();
                    custom.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
                    var dateTime = wb.createCellStyle();
                    dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
                    cell(sheet, 1, 1, 45324, builtIn);
                    cell(sheet, 1, 2, 45324.4375, dateTime);
                    cell(sheet, 2, 1, 45325, custom);
                    cell(sheet, 2, 2, 45324, null);
                });

        ImportResult r = f.importFile(file);

        assertThat(r.errors()).isEmpty();
        assertThat(f.member("Bob").employeeId()).isEqualTo("2024-02-02");
        assertThat(f.member("Bob").position()).isEqualTo("2024-02-02 10:30");
        assertThat(f.member("Carol").employeeId()).isEqualTo("2024-02-03");
        assertThat(f.member("Carol").position()).isEqualTo("45324");
    }

    private static void cell(
            XSSFSheet sheet, int row, int col, double value, org.apache.poi.ss.usermodel.CellStyle style) {
        var c = sheet.getRow(row).createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    @Test
    void aDepartmentExportHoldsOnlyItsMembers() throws IOException {
        f.acme.members().add(NewMember.named("Bob").in(f.backend.id()));
        Path file = f.path("rnd.xlsx");

        try (var out = Files.newOutputStream(file)) {
            f.acme.io().exportMembers(ExportScope.department(f.rnd.id(), true), FileFormat.XLSX, out);
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Bob");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static List<String> snapshot(Org org) {
        return org.members().list().stream()
                .filter(m -> !m.name().equals("Zed") && !m.name().equals("Alice Zhang"))
                .map(m -> m.name() + "|" + m.employeeId() + "|" + m.phone() + "|" + m.email() + "|" + m.position()
                        + "|"
                        + m.departmentIds().stream()
                                .map(d -> org.departments().pathFromRoot(d).stream()
                                        .skip(1)
                                        .map(Department::name)
                                        .toList())
                                .toList())
                .sorted()
                .toList();
    }
}
