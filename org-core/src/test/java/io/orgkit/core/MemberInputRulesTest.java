package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.io.ImportMode;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.io.RowError;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.RoleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input normalization and validation of member fields (issue 8, section 6). */
class MemberInputRulesTest {
    private final OrganizationService service = OrganizationService.builder().build();
    private final Org org = service.ensureDefault(Creator.named("Admin"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"employeeId", "position", "phone", "email", "name"})
    void nulAndControlCharactersAreRefusedInEveryTextFieldNamingIt(String field) {
        for (String bad : List.of("a\u0000b", "a\u001Fb", "a\u007Fb", "a\u0085b")) {
            ValidationException e = catchThrowableOfType(
                    ValidationException.class, () -> org.members().add(with(field, bad)));
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.errors().get(0).message()).startsWith("must not contain control characters (found U+00");
        }
        assertThat(org.members().count()).isEqualTo(1);
    }

    @Test
    void aLoneSurrogateIsRefusedInsteadOfBeingStoredAsAQuestionMark() {
        for (String bad : List.of("Bob\uD800", "\uDC00Bob", "Bob\uDBFF Li")) {
            assertThatThrownBy(() -> org.members().add(NewMember.named(bad)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("name: contains a broken character");
        }
        assertThat(org.members().add(NewMember.named("Bob \uD83D\uDE00")).name())
                .isEqualTo("Bob \uD83D\uDE00");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        assertThat(org.members()
                        .add(NewMember.named("\uD83D\uDE00".repeat(100)))
                        .name())
                .hasSize(200);
        assertThatThrownBy(() -> org.members().add(NewMember.named("\uD83D\uDE00".repeat(101))))
                .hasMessage("name: must be at most 100 characters, was 101");
    }

    @Test
    void namesOfOnlyNoBreakOrZeroWidthSpacesAreBlankAndInvisibleEndsAreCut() {
        for (String blank : List.of("\u00A0", "\u2007\u2007", "\u202F", "\u200B", "\u200C\u200D", "\u2060", "\uFEFF")) {
            assertThatThrownBy(() -> org.members().add(NewMember.named(blank))).hasMessage("name: must not be blank");
        }
        assertThat(org.members()
                        .add(NewMember.named("\u00A0\u200BBob Li\uFEFF\u202F").position("\u2060")))
                .extracting(Member::name, Member::position)
                .containsExactly("Bob Li", null);
    }

    @Test
    void bidiOverridesAndIsolatesAreRefused() {
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            assertThatThrownBy(() -> org.members().add(NewMember.named("Bob").position("x" + c + "y")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("position: must not contain bidirectional override or isolate characters");
        }
    }

    @Test
    void valuesAreStoredInNfcSoBothSpellingsAreOneEmployeeIdAndFindEachOther() {
        Member nfd = org.members().add(NewMember.named("Ame\u0301lie").employeeId("Ame\u0301lie"));
        assertThat(nfd.name()).isEqualTo("Am\u00E9lie");
        assertThat(nfd.employeeId()).isEqualTo("Am\u00E9lie");
        assertThatThrownBy(() -> org.members().add(NewMember.named("Twin").employeeId("Am\u00E9lie")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field())
                .isEqualTo("employeeId");
        assertThat(org.search().members("Ame\u0301lie")).isNotEmpty();
    }

    @Test
    void employeeIdsCompareCaseInsensitivelyAndKeepWhatWasTyped() {
        Member m = org.members().add(NewMember.named("Bob").employeeId("E001"));
        assertThat(m.employeeId()).isEqualTo("E001");
        ConflictException e = catchThrowableOfType(
                ConflictException.class,
                () -> org.members().add(NewMember.named("Other").employeeId("e001")));
        assertThat(e.field()).isEqualTo("employeeId");
        assertThat(e).hasMessage("employeeId: 'e001' is already used by Bob; each member needs their own");
        assertThat(org.members()
                        .update(m.id(), MemberUpdate.create().employeeId("e001"))
                        .employeeId())
                .as("a member may change the case of its own ID")
                .isEqualTo("e001");
    }

    @Test
    void phonesAreStoredInE164SoNationalAndInternationalFormsAreOnePhone() {
        Member m = org.members().add(NewMember.named("Bob").phone("13800138000"));
        assertThat(m.phone()).isEqualTo("+8613800138000");
        for (String same : List.of("+8613800138000", "138-0013-8000", "+86 138 0013 8000", "(138) 0013 8000")) {
            assertThatThrownBy(() -> org.members().add(NewMember.named("Twin").phone(same)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageStartingWith("phone: '+8613800138000' is already");
        }
        assertThat(org.search().members("13800138000"))
                .extracting(h -> h.member().id())
                .contains(m.id());
    }

    @Test
    void anUnparsablePhoneIsRefusedNamingThePhoneField() {
        for (String bad : List.of("abc", "12", "+", "+999 123", "1".repeat(40))) {
            ValidationException e = catchThrowableOfType(
                    ValidationException.class,
                    () -> org.members().add(NewMember.named("Bob").phone(bad)));
            assertThat(e.field()).isEqualTo("phone");
            assertThat(e.errors().get(0).message()).contains("is not a phone number");
        }
    }

    @Test
    void theDefaultPhoneRegionIsABuilderOption() {
        Org us = OrganizationService.builder().phoneRegion("US").build().ensureDefault(Creator.named("Admin"));
        assertThat(us.members()
                        .add(NewMember.named("Bob").phone("(201) 555-0123"))
                        .phone())
                .isEqualTo("+12015550123");
        assertThat(us.members()
                        .add(NewMember.named("Li").phone("+86 138 0013 8000"))
                        .phone())
                .isEqualTo("+8613800138000");
        assertThatThrownBy(() -> OrganizationService.builder().phoneRegion("XX"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("phoneRegion");
    }

    @Test
    void aSkipInvalidImportRefusesARowWithAControlCharacterAndContinues() throws IOException {
        Path file = dir.resolve("m.csv");
        Files.writeString(
                file,
                "Name,Employee ID,Position\r\nBob,E1,Dev\r\nNul,E\u00002,Dev\r\nCarol,E3,Te\u0001st\r\n"
                        + "Dan,E4,Ops\r\n",
                StandardCharsets.UTF_8);

        ImportResult r = org.io().importMembers(file, ImportOptions.defaults().mode(ImportMode.SKIP_INVALID_ROWS));

        assertThat(r.errors())
                .extracting(RowError::row, RowError::column)
                .containsExactly(tuple(3, "Employee ID"), tuple(4, "Position"));
        assertThat(r.created()).isEqualTo(2);
        assertThat(org.members().list())
                .extracting(Member::name)
                .contains("Bob", "Dan")
                .doesNotContain("Nul", "Carol");
    }

    @Test
    void anImportFindsADepartmentWhoseNameWasWrittenInAnotherNormalizationForm() throws IOException {
        Department d = org.departments().create(org.root(), "Ame\u0301lie's team");
        assertThat(d.name()).isEqualTo("Am\u00E9lie's team");
        Path file = dir.resolve("d.csv");
        Files.writeString(
                file,
                "Name,Department\r\nBob,Ame\u0301lie's team\r\nCarol,Am\u00E9lie's team\r\n",
                StandardCharsets.UTF_8);

        ImportResult r = org.io().importMembers(file, ImportOptions.defaults());

        assertThat(r.errors()).isEmpty();
        assertThat(org.members().list())
                .filteredOn(m -> m.mainDepartmentId().equals(d.id()))
                .hasSize(2);
    }

    @Test
    void publicValuesAndIdsRefuseBadArgumentsWithAValidationException() {
        List<Runnable> calls = new ArrayList<>(List.of(
                () -> NewMember.named(null),
                () -> DepartmentId.of(""),
                () -> DepartmentId.of(null),
                () -> MemberId.of(" "),
                () -> OrgId.of("a/b"),
                () -> RoleId.of("x".repeat(65)),
                () -> NewMember.named("Bob").in((DepartmentId) null),
                () -> MemberUpdate.create().name(null),
                () -> Creator.named(null),
                () -> new io.orgkit.core.search.MemberQuery("x", null, null, 0)));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void newIdsAreTimeOrderedUuidVersion7() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(MemberId.random().value());
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(UUID.fromString(ids.get(0)).version()).isEqualTo(7);
        assertThat(UUID.fromString(ids.get(0)).variant()).isEqualTo(2);
    }

    private static NewMember with(String field, String value) {
        NewMember m = NewMember.named(field.equals("name") ? value : "Valid");
        Function<String, NewMember> set = switch (field) {
            case "employeeId" -> m::employeeId;
            case "position" -> m::position;
            case "phone" -> m::phone;
            case "email" -> m::email;
            default -> v -> m;
        };
        return set.apply(value);
    }
}
