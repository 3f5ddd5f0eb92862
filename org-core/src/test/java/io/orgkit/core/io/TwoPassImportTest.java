package io.orgkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports of several thousand rows: checked in a first pass that keeps the unique values compactly and the valid
 * rows in a temporary file, written in a second pass over that file, in chunks of 1,000.
 */
class TwoPassImportTest {
    private static final String HEADER = "Name,Employee ID,Phone,Email,Department";

    @TempDir
    Path dir;

    IoFixture f;

    @BeforeEach
    void setUp() {
        f = new IoFixture(dir);
    }

    /** Data row i (1-based) is spreadsheet row i + 1. */
    private static String row(int i) {
        return "Person " + i + ",E" + i + ",+86 139 " + String.format("%08d", i) + ",p" + i + "@example.com,"
                + (i % 2 == 0 ? "R&D/Backend" : "R&D/Frontend");
    }

    private static List<String> rows(int n) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        IntStream.rangeClosed(1, n).forEach(i -> lines.add(row(i)));
        return lines;
    }

    private ImportResult importLines(ImportOptions o, List<String> lines) {
        return f.importCsv(o, lines.toArray(String[]::new));
    }

    @Test
    void aDuplicateThousandsOfRowsAfterItsFirstHolderIsRefusedNamingThatRow() {
        List<String> lines = rows(4_500);
        lines.set(4_400, "Late Copy,X1,+86 139 00000002,p2@example.com,R&D");

        ImportResult r = importLines(ImportOptions.defaults(), lines);

        assertThat(r.errors())
                .extracting(RowError::row, RowError::column, RowError::message)
                .containsExactly(
                        tuple(4_401, "Phone", "'+8613900000002' appears also in row 3; each member needs their own"),
                        tuple(4_401, "Email", "'p2@example.com' appears also in row 3; each member needs their own"));
        assertThat(r)
                .extracting(ImportResult::read, ImportResult::created, ImportResult::skipped, ImportResult::failed)
                .containsExactly(4_500, 0, 4_499, 1);
        assertThat(f.names()).containsExactly("Alice Zhang");
        assertThat(r.rowsToFix()).hasSize(1);
        assertThat(r.rowsToFix().get(0).cells())
                .containsExactly("Late Copy", "X1", "+86 139 00000002", "p2@example.com", "R&D");
    }

    @Test
    void skippingInvalidRowsWritesExactlyTheValidOnesAcrossChunks() {
        List<String> lines = rows(3_500);
        lines.set(1_500, "Clash,E7,,,");
        lines.set(2_999, "Bad Phone,E2999,12,,");
        lines.set(3_200, "Existing Phone,E3200,+86 138 0013 8000,,");
        List<ImportProgress> progress = new ArrayList<>();

        ImportResult r = importLines(
                ImportOptions.defaults().mode(ImportMode.SKIP_INVALID_ROWS).progress(progress::add), lines);

        assertThat(r)
                .extracting(ImportResult::read, ImportResult::created, ImportResult::failed)
                .containsExactly(3_500, 3_497, 3);
        assertThat(r.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(tuple(1_501, "Employee ID"), tuple(3_000, "Phone"), tuple(3_201, "Phone"));
        assertThat(r.errors())
                .extracting(RowError::message)
                .satisfiesExactly(
                        m -> assertThat(m).isEqualTo("'E7' appears also in row 8; each member needs their own"),
                        m -> assertThat(m).startsWith("'12' is not a phone number"),
                        m -> assertThat(m)
                                .isEqualTo("'+8613800138000' is already used by Alice Zhang; each member needs"
                                        + " their own"));
        assertThat(r.rowsToFix()).extracting(SourceRow::number).containsExactly(1_501, 3_000, 3_201);
        List<Member> members = f.acme.members().list();
        assertThat(members).hasSize(3_498);
        assertThat(members)
                .extracting(Member::name)
                .doesNotContain("Clash", "Bad Phone", "Existing Phone", "Person 1500", "Person 2999", "Person 3200")
                .contains("Person 1", "Person 1499", "Person 3500");
        assertThat(f.member("Person 3500").mainDepartmentId()).isEqualTo(f.backend.id());
        assertThat(f.member("Person 7").phone()).isEqualTo("+8613900000007");
        assertThat(progress)
                .filteredOn(p -> p.phase() == ImportProgress.Phase.WRITING)
                .extracting(ImportProgress::rowsWritten, ImportProgress::rowsToWrite)
                .containsExactly(tuple(1_000, 3_497), tuple(2_000, 3_497), tuple(3_000, 3_497), tuple(3_497, 3_497));
    }

    @Test
    void departmentsAreCreatedOnlyForPathsThatValidRowsUseEvenWhenTheRowsAreFarApart() {
        List<String> lines = rows(2_200);
        lines.set(100, "Dora,E100,,,Sales/East");
        lines.set(2_100, "Eve,E2100,12,,Sales/West");

        ImportResult r = importLines(
                ImportOptions.defaults().mode(ImportMode.SKIP_INVALID_ROWS).createMissingDepartments(true), lines);

        assertThat(r.created()).isEqualTo(2_199);
        assertThat(f.acme.departments().subtree(f.acme.root().id()))
                .extracting(d -> d.name())
                .contains("Sales", "East")
                .doesNotContain("West");
        assertThat(f.acme.departments().get(f.member("Dora").mainDepartmentId()).name())
                .isEqualTo("East");
    }

    @Test
    void upsertAcrossChunksUpdatesChangedMembersAndCountsUnchangedOnes() {
        importLines(ImportOptions.defaults(), rows(2_500));
        List<String> lines = rows(2_500);
        lines.set(1_800, "Person 1800 Renamed,E1800,+86 139 00001800,p1800@example.com,R&D/Backend");

        ImportResult r = importLines(ImportOptions.defaults().upsertByEmployeeId(true), lines);

        assertThat(r)
                .extracting(ImportResult::created, ImportResult::updated, ImportResult::skipped)
                .containsExactly(0, 1, 2_499);
        assertThat(f.acme.members().list())
                .hasSize(2_501)
                .extracting(Member::name)
                .contains("Person 1800 Renamed")
                .doesNotContain("Person 1800");
    }

    @Test
    void aResignedMembersEmailIsRefusedFarIntoTheFile() {
        Member old = f.acme.members().add(NewMember.named("Old Timer").email("old@example.com"));
        f.acme.members().resign(List.of(old.id()));
        List<String> lines = rows(1_200);
        lines.set(1_150, "New Timer,E9999,,OLD@example.com,");

        ImportResult r = importLines(ImportOptions.defaults(), lines);

        assertThat(r.errors())
                .extracting(RowError::row, RowError::message)
                .containsExactly(tuple(
                        1_151,
                        "'old@example.com' is already used by Old Timer (resigned); each member needs their own;"
                                + " if Old Timer is coming back, re-hire them (members().rehire) instead of adding"
                                + " them again"));
        assertThat(f.acme.members().list()).extracting(Member::name).containsExactly("Alice Zhang");
    }

    @Test
    void theRowsWrittenAreTheRowsCheckedEvenIfTheFileIsReplacedWhileImporting() {
        Path file = f.csv(rows(2_000).toArray(String[]::new));
        ImportOptions o = ImportOptions.defaults().progress(p -> {
            if (p.phase() == ImportProgress.Phase.READING && p.rowsRead() == 2_000) {
                replace(file);
            }
        });

        ImportResult r = f.acme.io().importMembers(file, o);

        assertThat(r.created()).isEqualTo(2_000);
        assertThat(f.names()).doesNotContain("Sneaky").contains("Person 5");
        assertThat(f.member("Person 5").phone()).isEqualTo("+8613900000005");
    }

    private static void replace(Path file) {
        try {
            List<String> lines = rows(2_000);
            lines.set(5, "Sneaky,E5,12,,");
            Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
