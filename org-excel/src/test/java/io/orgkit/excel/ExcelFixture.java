package io.orgkit.excel;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.InMemoryStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Organization "Acme" with R&D/Backend, and workbooks written the way Excel writes them (shared strings). */
final class ExcelFixture {
    final OrganizationService orgs =
            OrganizationService.builder().store(new InMemoryStore()).build();
    final Org acme = orgs.ensureDefault(new Creator("Alice Zhang", "+86 138 0013 8000"));
    final Department rnd = acme.departments().create(acme.root(), "R&D");
    final Department backend = acme.departments().create(rnd, "Backend");
    private final Path dir;
    private int files;

    ExcelFixture(Path dir) {
        this.dir = dir;
    }

    Path path(String name) {
        return dir.resolve((++files) + "-" + name);
    }

    /** A workbook whose first sheet holds {@code rows}; {@code edit} may change the sheet before saving. */
    Path xlsx(List<List<String>> rows, Consumer<XSSFSheet> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Members");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            edit.accept(sheet);
            return save(wb);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Path xlsx(List<List<String>> rows) {
        return xlsx(rows, s -> {});
    }

    Path save(XSSFWorkbook wb) throws IOException {
        Path p = path("members.xlsx");
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        return p;
    }

    ImportResult importFile(Path file) {
        return acme.io().importMembers(file, ImportOptions.defaults());
    }

    Member member(String name) {
        return acme.members().list().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no member named " + name));
    }

    List<String> names() {
        return acme.members().list().stream().map(Member::name).sorted().toList();
    }
}
