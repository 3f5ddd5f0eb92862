package io.orgkit.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.HeaderLanguage;
import io.orgkit.core.io.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTemplateTest {
    @TempDir
    Path dir;

    ExcelFixture f;

    @BeforeEach
    void setUp() {
        f = new ExcelFixture(dir);
        IntStream.range(0, 30).forEach(i -> f.acme.departments().create(f.rnd, "Team number " + i + " of R&D"));
    }

    private XSSFWorkbook template(HeaderLanguage language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.acme.io().writeTemplate(FileFormat.XLSX, language, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theHeaderMarksRequiredColumnsAndExplainsEachInANote() throws IOException {
        try (XSSFWorkbook wb = template(HeaderLanguage.ENGLISH)) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(wb.getSheetName(0)).isEqualTo("Members");
            assertThat(IntStream.range(0, 6)
                            .mapToObj(i -> header.getCell(i).getStringCellValue())
                            .toList())
                    .containsExactly("Name *", "Employee ID", "Phone", "Email", "Position", "Department");
            assertThat(header.getCell(0).getCellComment().getString().getString())
                    .contains("Required");
            assertThat(header.getCell(2).getCellComment().getString().getString())
                    .contains("5-20 digits");
            assertThat(header.getCell(5).getCellComment().getString().getString())
                    .contains("R&D/Backend");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Zhang San");
        }
    }

    @Test
    void theDepartmentDropdownListsEveryPathFromAHiddenSheetBeyond255Characters() throws IOException {
        try (XSSFWorkbook wb = template(HeaderLanguage.CHINESE)) {
            XSSFSheet list = wb.getSheet("Departments");
            List<String> paths = IntStream.rangeClosed(0, list.getLastRowNum())
                    .mapToObj(i -> list.getRow(i).getCell(0).getStringCellValue())
                    .toList();
            assertThat(paths)
                    .contains("R&D", "R&D/Backend", "R&D/Team number 29 of R&D")
                    .hasSize(32);
            assertThat(String.join(",", paths).length()).isGreaterThan(255);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(list))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(wb.getName("DepartmentPaths").getRefersToFormula()).isEqualTo("'Departments'!$A$1:$A$32");
            DataValidation v = wb.getSheetAt(0).getDataValidations().get(0);
            assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("DepartmentPaths");
            assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("F2:F100001");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("姓名 *");
        }
    }

    @Test
    void aFilledInTemplateImportsItsRowsAndIgnoresTheUntouchedExample() throws IOException {
        Path file;
        try (XSSFWorkbook wb = template(HeaderLanguage.CHINESE)) {
            Row row = wb.getSheetAt(0).createRow(2);
            List<String> cells = List.of("李四", "E0100", "13900139100", "lisi@example.com", "Engineer", "R&D/Backend");
            for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(cells.get(i));
            }
            file = f.save(wb);
        }

        ImportResult r = f.importFile(file);

        assertThat(r.read()).isEqualTo(1);
        assertThat(f.member("李四").mainDepartmentId()).isEqualTo(f.backend.id());
    }
}
