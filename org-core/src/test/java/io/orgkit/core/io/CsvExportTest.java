package io.orgkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.NotFoundException;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ReadOnlyOrganizationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.InMemoryStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @TempDir
    Path dir;

    IoFixture f;
    Member bob;
    Member carol;

    @BeforeEach
    void setUp() {
        f = new IoFixture(dir);
        bob = f.acme.members()
                .add(NewMember.named("Bob Li")
                        .employeeId("E2")
                        .phone("139 0013 9000")
                        .email("bob@example.com")
                        .position("Engineer")
                        .in(f.backend.id(), f.frontend.id()));
        carol = f.acme.members()
                .add(NewMember.named("Carol Wu").employeeId("E3").in(f.rnd.id()));
    }

    @Test
    void theWholeOrganizationIsExportedAsUtf8WithBomAndCrlf() {
        String csv = IoFixture.export(f.acme, ExportScope.organization(), ExportOptions.defaults());

        assertThat(csv).startsWith("\uFEFFName,Employee ID,Phone,Email,Position,Department\r\n");
        assertThat(csv).contains("Bob Li,E2,'+8613900139000,bob@example.com,Engineer,R&D/Backend; R&D/Frontend\r\n");
        assertThat(csv).contains("Carol Wu,E3,,,,R&D\r\n").contains("Alice Zhang,,'+8613800138000,,,\r\n");
    }

    @Test
    void aDepartmentIsExportedWithOrWithoutItsSubDepartments() {
        String only = IoFixture.export(f.acme, ExportScope.department(f.rnd.id(), false), ExportOptions.defaults());
        String withSubs = IoFixture.export(f.acme, ExportScope.department(f.rnd.id(), true), ExportOptions.defaults());

        assertThat(only).contains("Carol Wu").doesNotContain("Bob Li");
        assertThat(withSubs).contains("Carol Wu", "Bob Li").doesNotContain("Alice");
    }

    @Test
    void selectedMembersAndChosenColumnsInChinese() {
        String csv = IoFixture.export(
                f.acme,
                ExportScope.members(List.of(bob.id())),
                ExportOptions.defaults()
                        .columns(MemberColumn.EMPLOYEE_ID, MemberColumn.NAME)
                        .language(HeaderLanguage.CHINESE));

        assertThat(csv).isEqualTo("\uFEFF工号,姓名\r\nE2,Bob Li\r\n");
        assertThatThrownBy(() -> IoFixture.export(
                        f.acme, ExportScope.members(List.of(MemberId.of("nobody"))), ExportOptions.defaults()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void resignedMembersAreLeftOutUnlessAsked() {
        f.acme.members().resign(List.of(carol.id()));

        String active = IoFixture.export(f.acme, ExportScope.organization(), ExportOptions.defaults());
        String all = IoFixture.export(
                f.acme,
                ExportScope.organization(),
                ExportOptions.defaults().includeResigned(true).columns(MemberColumn.NAME, MemberColumn.STATUS));

        assertThat(active).doesNotContain("Carol");
        assertThat(all).contains("Carol Wu,Resigned\r\n", "Bob Li,Active\r\n");
    }

    @Test
    void valuesASpreadsheetWouldRunAsFormulasAreNeutralisedAndImportedBackUnchanged() {
        f.acme.members()
                .add(NewMember.named("=HYPERLINK(\"http://evil\",\"x\")")
                        .position("@SUM(1,2)")
                        .employeeId("-2+3"));

        String csv = IoFixture.export(f.acme, ExportScope.organization(), ExportOptions.defaults());

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'-2+3,,,\"'@SUM(1,2)\",");
        Org copy = fresh();
        copy.io()
                .importMembers(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        FileFormat.CSV,
                        ImportOptions.defaults().createMissingDepartments(true));
        Member back = copy.members().list().stream()
                .filter(m -> "-2+3".equals(m.employeeId()))
                .findFirst()
                .orElseThrow();
        assertThat(back.name()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(back.position()).isEqualTo("@SUM(1,2)");
    }

    @Test
    void valuesThatStartWithAQuoteBeforeAFormulaCharacterSurviveExportAndImport() {
        List<String> positions = List.of("'=literal", "=x", "''=x", "'+86 138", "'abc", "'", "-", "O'Neil");
        for (int i = 0; i < positions.size(); i++) {
            f.acme.members()
                    .add(NewMember.named("Quote " + i).employeeId("Q" + i).position(positions.get(i)));
        }

        String csv = IoFixture.export(f.acme, ExportScope.organization(), ExportOptions.defaults());

        assertThat(csv).contains(",''=literal,", ",'=x,", ",'''=x,", ",''+86 138,", ",'abc,", ",',", ",'-,");
        Org copy = fresh();
        copy.io()
                .importMembers(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        FileFormat.CSV,
                        ImportOptions.defaults().createMissingDepartments(true));
        for (int i = 0; i < positions.size(); i++) {
            String id = "Q" + i;
            Member back = copy.members().list().stream()
                    .filter(m -> id.equals(m.employeeId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(back.position()).as(positions.get(i)).isEqualTo(positions.get(i));
        }
    }

    @Test
    void anExportImportedIntoAnotherOrganizationReproducesTheMembers() {
        Department odd = f.acme.departments().create(f.rnd, "QA/Test; Ops \\ Infra");
        f.acme.members().add(NewMember.named("Dan").email("dan@example.com").in(odd.id()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.acme.io().exportMembers(ExportScope.organization(), FileFormat.CSV, out);
        Org copy = fresh();

        ImportResult r = copy.io()
                .importMembers(
                        new ByteArrayInputStream(out.toByteArray()),
                        FileFormat.CSV,
                        ImportOptions.defaults().createMissingDepartments(true));

        assertThat(r.created()).isEqualTo(4);
        assertThat(snapshot(copy)).isEqualTo(snapshot(f.acme));
    }

    @Test
    void aSyncedOrganizationRefusesImportButExports() {
        Org synced = syncedOrg();
        synced.members();

        assertThatThrownBy(() -> synced.io().importMembers(f.csv("Name", "Bob"), ImportOptions.defaults()))
                .isInstanceOf(ReadOnlyOrganizationException.class)
                .hasMessageContaining("dingtalk");
        assertThat(IoFixture.export(synced, ExportScope.organization(), ExportOptions.defaults()))
                .contains("Synced Person,S1");
    }

    @Test
    void theErrorReportHoldsTheRowsToFixWithTheirErrorsAndCanBeUploadedAgain() {
        ImportResult r = f.importCsv("Name,Phone,Note", "Eve,13900139005,ok", "Frank,12,call him");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        f.acme.io().writeErrorReport(r, FileFormat.CSV, report);

        String text = report.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .as("the failed rows only")
                .isEqualTo("\uFEFFName,Phone,Note,Errors (错误)\r\n"
                        + "Frank,12,call him,Phone: '12' is not a phone number; write it with its country code (+86 138 0013"
                        + " 8000) or as a number of region CN\r\n");
        String fixed = text.replace("Frank,12,", "Frank,13900139006,");
        ImportResult again = f.acme.io()
                .importMembers(
                        new ByteArrayInputStream(fixed.getBytes(StandardCharsets.UTF_8)),
                        FileFormat.CSV,
                        ImportOptions.defaults());
        assertThat(again.created()).isEqualTo(1);
        assertThat(f.member("Frank").phone()).isEqualTo("+8613900139006");
    }

    private Org fresh() {
        OrganizationService other =
                OrganizationService.builder().store(new InMemoryStore()).build();
        return other.ensureDefault(new io.orgkit.core.organizations.Creator("Zed", null));
    }

    private static List<String> snapshot(Org org) {
        var tree = org.departments();
        return org.members().list().stream()
                .filter(m -> !m.name().equals("Zed") && !m.name().equals("Alice Zhang"))
                .map(m -> m.name() + "|" + m.employeeId() + "|" + m.phone() + "|" + m.email() + "|" + m.position() + "|"
                        + m.departmentIds().stream().map(d -> path(tree, d)).toList())
                .sorted()
                .toList();
    }

    private static String path(io.orgkit.core.departments.Departments tree, DepartmentId id) {
        return tree.pathFromRoot(id).stream()
                .skip(1)
                .map(Department::name)
                .toList()
                .toString();
    }

    private Org syncedOrg() {
        InMemoryStore store = new InMemoryStore();
        OrgId id = OrgId.of("synced1");
        DepartmentId root = DepartmentId.of(id.value());
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        store.write(s -> {
            s.insertOrganization(new Organization(id, "Synced Co", "dingtalk", null, false, false, Map.of(), now));
            s.insertDepartment(new Department(root, id, null, "Synced Co", 0, root.value() + "/", "1", List.of()));
            s.insertMember(new Member(
                    MemberId.of("m1"),
                    id,
                    "Synced Person",
                    "S1",
                    null,
                    null,
                    null,
                    List.of(root),
                    root,
                    io.orgkit.core.members.MemberStatus.ACTIVE,
                    null,
                    "u1",
                    now));
            return null;
        });
        return OrganizationService.builder().store(store).build().org(id);
    }
}
