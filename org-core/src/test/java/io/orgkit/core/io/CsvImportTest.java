package io.orgkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ValidationException;
import io.orgkit.core.members.Member;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    @TempDir
    Path dir;

    IoFixture f;

    @BeforeEach
    void setUp() {
        f = new IoFixture(dir);
    }

    @Test
    void membersAreImportedWithNormalizedFieldsIntoTheirDepartments() {
        ImportResult r = f.importCsv(
                "Name,Employee ID,Phone,Email,Position,Department",
                "Bob Li,E0002,+86 139-0013-9000,Bob@Example.com,Engineer,R&D/Backend",
                "Carol Wu,E0003,,,,");

        assertThat(r)
                .extracting(ImportResult::read, ImportResult::created, ImportResult::failed)
                .containsExactly(2, 2, 0);
        Member bob = f.member("Bob Li");
        assertThat(bob.phone()).isEqualTo("+8613900139000");
        assertThat(bob.email()).isEqualTo("bob@example.com");
        assertThat(bob.position()).isEqualTo("Engineer");
        assertThat(bob.mainDepartmentId()).isEqualTo(f.backend.id());
        assertThat(f.member("Carol Wu").mainDepartmentId())
                .isEqualTo(f.acme.root().id());
        assertThat(f.acme.search().members("139-0013-9000"))
                .extracting(h -> h.member().name())
                .containsExactly("Bob Li");
    }

    @Test
    void chineseHeadersAreRecognisedInAnyOrderAndExtraColumnsIgnored() {
        ImportResult r =
                f.importCsv("部门,备注,姓名,手机,工号,邮箱,职位", "R&D/Frontend,新同事,王五,13900139001,E0100,wangwu@example.com,设计师");

        assertThat(r.created()).isEqualTo(1);
        Member m = f.member("王五");
        assertThat(m.employeeId()).isEqualTo("E0100");
        assertThat(m.position()).isEqualTo("设计师");
        assertThat(m.mainDepartmentId()).isEqualTo(f.frontend.id());
    }

    @Test
    void severalDepartmentsInOneCellMakeTheFirstTheMainOne() {
        f.importCsv("Name,Department", "Dan,R&D/Frontend; R&D/Backend");

        Member dan = f.member("Dan");
        assertThat(dan.departmentIds()).containsExactly(f.frontend.id(), f.backend.id());
        assertThat(dan.mainDepartmentId()).isEqualTo(f.frontend.id());
    }

    @Test
    void oneInvalidRowRefusesTheWholeFileByDefaultAndNamesEveryProblem() {
        ImportResult r = f.importCsv(
                "Name,Phone,Email", "Bob,+86 139 0013 9000,bob@example.com", ",12,not-an-email", "Carol,abc,");

        assertThat(r.created()).isZero();
        assertThat(r.failed()).isEqualTo(2);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "Name"), org.assertj.core.groups.Tuple.tuple(3, "Phone"),
                        org.assertj.core.groups.Tuple.tuple(3, "Email"),
                                org.assertj.core.groups.Tuple.tuple(4, "Phone"));
        assertThat(r.errors().get(1).message()).contains("'12' is not a phone number");
        assertThat(f.names()).containsExactly("Alice Zhang");
        assertThat(r.rowsToFix())
                .as("only the failing rows are kept, the file is not read again")
                .extracting(SourceRow::number)
                .containsExactly(3, 4);
    }

    @Test
    void skipInvalidRowsWritesTheValidRowsAndReportsTheOthers() {
        ImportResult r = f.importCsv(
                ImportOptions.defaults().mode(ImportMode.SKIP_INVALID_ROWS),
                "Name,Phone",
                "Bob,13900139000",
                "Carol,abc",
                "Dan,13900139002");

        assertThat(r).extracting(ImportResult::created, ImportResult::failed).containsExactly(2, 1);
        assertThat(f.names()).containsExactly("Alice Zhang", "Bob", "Dan");
        assertThat(r.rowsToFix()).extracting(SourceRow::number).containsExactly(3);
    }

    @Test
    void duplicatesInsideTheFileAndAgainstExistingMembersAreRefused() {
        ImportResult r = f.importCsv(
                "Name,Employee ID,Phone,Email",
                "Bob,E1,13900139000,bob@example.com",
                "Bob Twin,E1,13900139001,BOB@example.com",
                "Mallory,E9,+8613800138000,");

        assertThat(r.written()).isFalse();
        assertThat(r.errors())
                .extracting(RowError::toString)
                .containsExactly(
                        "row 3, Employee ID: 'E1' appears also in row 2; each member needs their own",
                        "row 3, Email: 'bob@example.com' appears also in row 2; each member needs their own",
                        "row 4, Phone: '+8613800138000' is already used by Alice Zhang; each member needs their own");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void aDepartmentCellRepeatedOnManyRowsIsJudgedTheSameOnEachRow() {
        ImportResult r = f.importCsv(
                ImportOptions.defaults().mode(ImportMode.SKIP_INVALID_ROWS),
                "Name,Department",
                "Bob,Sales/East",
                "Carol,R&D",
                "Dave,Sales/East",
                "Erin,R&D",
                "Frank,Sales/East");

        assertThat(r.errors()).extracting(RowError::row).containsExactly(2, 4, 6);
        assertThat(r.errors())
                .extracting(RowError::message)
                .allSatisfy(m -> assertThat(m).contains("department 'Sales/East' does not exist"));
        assertThat(r.created()).isEqualTo(2);
        assertThat(f.acme.members().list())
                .filteredOn(m -> !m.name().equals("Alice Zhang"))
                .extracting(Member::name, Member::mainDepartmentId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Carol", f.rnd.id()),
                        org.assertj.core.groups.Tuple.tuple("Erin", f.rnd.id()));
    }

    @Test
    void anUnknownDepartmentIsRefusedUnlessMissingDepartmentsMayBeCreated() {
        ImportResult refused = f.importCsv("Name,Department", "Bob,Sales/East");
        assertThat(refused.errors())
                .singleElement()
                .extracting(RowError::message)
                .asString()
                .contains("department 'Sales/East' does not exist");
        assertThat(f.acme.departments().children(f.acme.root().id())).hasSize(1);

        ImportResult created = f.importCsv(
                ImportOptions.defaults().createMissingDepartments(true),
                "Name,Department",
                "Bob,Sales/East",
                "Carol,Sales/East",
                "Dan,Sales");

        assertThat(created.created()).isEqualTo(3);
        var sales = f.acme.departments().children(f.acme.root().id()).stream()
                .filter(d -> d.name().equals("Sales"))
                .findFirst()
                .orElseThrow();
        var east = f.acme.departments().children(sales.id()).get(0);
        assertThat(east.name()).isEqualTo("East");
        assertThat(f.member("Carol").mainDepartmentId()).isEqualTo(east.id());
        assertThat(f.member("Dan").mainDepartmentId()).isEqualTo(sales.id());
    }

    @Test
    void aSkippedRowDoesNotCreateItsMissingDepartment() {
        ImportResult r = f.importCsv(
                ImportOptions.defaults().createMissingDepartments(true).mode(ImportMode.SKIP_INVALID_ROWS),
                "Name,Phone,Department",
                "Bob,12,Sales/East",
                "Carol,,Ops");

        assertThat(r).extracting(ImportResult::created, ImportResult::failed).containsExactly(1, 1);
        assertThat(f.acme.departments().children(f.acme.root().id()))
                .extracting(d -> d.name())
                .containsExactlyInAnyOrder("R&D", "Ops");
    }

    @Test
    void upsertByEmployeeIdUpdatesExistingMembersAndSkipsUnchangedOnes() {
        f.importCsv("Name,Employee ID,Position", "Bob,E1,Engineer", "Carol,E2,Designer");

        ImportResult again = f.importCsv(
                ImportOptions.defaults().upsertByEmployeeId(true),
                "Name,Employee ID,Position,Department",
                "Bob,E1,Lead Engineer,R&D/Backend",
                "Carol,E2,Designer,",
                "Dan,E3,Tester,");

        assertThat(again)
                .extracting(ImportResult::created, ImportResult::updated, ImportResult::skipped)
                .containsExactly(1, 1, 1);
        assertThat(f.member("Bob").position()).isEqualTo("Lead Engineer");
        assertThat(f.member("Bob").mainDepartmentId()).isEqualTo(f.backend.id());
    }

    @Test
    void withoutUpsertAnExistingEmployeeIdIsRefusedWithAHint() {
        f.importCsv("Name,Employee ID", "Bob,E1");

        ImportResult r = f.importCsv("Name,Employee ID", "Robert,E1");

        assertThat(r.errors())
                .singleElement()
                .extracting(RowError::message)
                .asString()
                .isEqualTo(
                        "'E1' is already used by Bob; each member needs their own; to update existing members, import"
                                + " with upsertByEmployeeId");
        assertThat(f.member("Bob").name()).isEqualTo("Bob");
    }

    @Test
    void aFileWithMoreRowsThanTheLimitIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> f.importCsv(ImportOptions.defaults().maxRows(2), "Name", "A", "B", "C"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("more than 2 data rows");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void aFileLargerThanTheLimitIsRefused() {
        ImportOptions small =
                ImportOptions.defaults().limits(ImportLimits.defaults().withMaxFileBytes(10));

        assertThatThrownBy(() -> f.importCsv(small, "Name", "Somebody with a long name"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("larger than");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void anEmptyFileOrOneWithoutAMemberHeaderIsRefused() {
        assertThatThrownBy(() ->
                        f.acme.io().importMembers(f.file("\r\n\r\n", StandardCharsets.UTF_8), ImportOptions.defaults()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> f.importCsv("Bob,13900139000", "Carol,13900139001"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no Name (姓名) column");
        assertThat(f.names()).containsExactly("Alice Zhang");
    }

    @Test
    void gbkAndUtf8WithBomAreDetectedAndACharsetCanBeChosen() {
        Path gbk = f.file("姓名,部门\r\n张三,R&D\r\n", Charset.forName("GBK"));
        Path bom = f.file("\uFEFF姓名\r\n李四\r\n", StandardCharsets.UTF_8);
        Path latin = f.file("Name\r\nJosé\r\n", StandardCharsets.ISO_8859_1);

        f.acme.io().importMembers(gbk, ImportOptions.defaults());
        f.acme.io().importMembers(bom, ImportOptions.defaults());
        f.acme.io().importMembers(latin, ImportOptions.defaults().csvCharset(StandardCharsets.ISO_8859_1));

        assertThat(f.names()).contains("张三", "李四", "José");
        assertThat(f.member("张三").mainDepartmentId()).isEqualTo(f.rnd.id());
    }

    @Test
    void importFromAStreamWorksLikeFromAFile() {
        byte[] csv = "Name,Phone\r\nBob,13900139000\r\n".getBytes(StandardCharsets.UTF_8);

        ImportResult r =
                f.acme.io().importMembers(new ByteArrayInputStream(csv), FileFormat.CSV, ImportOptions.defaults());

        assertThat(r.created()).isEqualTo(1);
        assertThat(f.member("Bob").phone()).isEqualTo("+8613900139000");
    }

    @Test
    void progressIsReportedWhileReadingAndWriting() {
        List<String> lines = new ArrayList<>(List.of("Name"));
        for (int i = 0; i < 2_500; i++) {
            lines.add("Member " + i);
        }
        List<ImportProgress> seen = new ArrayList<>();

        f.importCsv(ImportOptions.defaults().progress(seen::add), lines.toArray(String[]::new));

        assertThat(seen)
                .extracting(ImportProgress::phase)
                .containsSubsequence(
                        ImportProgress.Phase.READING, ImportProgress.Phase.WRITING, ImportProgress.Phase.DONE);
        assertThat(seen.get(seen.size() - 1))
                .isEqualTo(new ImportProgress(ImportProgress.Phase.DONE, 2_500, 2_500, 2_500));
    }

    @Test
    void theTemplatesExampleRowIsIgnoredWhenLeftUnchanged() {
        ImportResult r = f.importCsv(
                "Name *,Employee ID,Phone,Email,Position,Department",
                "Zhang San,E0001,+86 138 0013 8000,zhang.san@example.com,Engineer,R&D",
                "Bob,E0002,,,,");

        assertThat(r.read()).isEqualTo(1);
        assertThat(f.names()).containsExactly("Alice Zhang", "Bob");
    }

    @Test
    void xlsxWithoutTheExcelModuleIsRefusedNamingTheModule() {
        assertThatThrownBy(() -> f.acme.io().writeTemplate(FileFormat.XLSX, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("io.orgkit:org-excel");
    }
}
