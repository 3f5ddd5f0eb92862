package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ConflictException;
import io.orgkit.core.Org;
import io.orgkit.core.ValidationException;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.io.RowError;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.GenericOrganization;
import io.orgkit.core.spi.RemoteMember;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The members API, an import row and a synced remote member go through the one member write path: the same bad
 * value is refused on the same field with the same message on all three.
 */
class OneMemberWritePathTest {
    private static final Map<String, String> COLUMNS = Map.of(
            "name", "Name", "employeeId", "Employee ID", "phone", "Phone", "email", "Email", "position", "Position");

    private final SyncFixture f = new SyncFixture();
    private final Org generic =
            f.service.create(GenericOrganization.named("Generic", "Gina").build());

    @TempDir
    Path dir;

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("name", "\u00A0\u2007\u202F"),
                Arguments.of("name", "\u200B\u200C\u200D\u2060\uFEFF"),
                Arguments.of("name", "Bob \u202Egnp.exe"),
                Arguments.of("name", "Bob \u2066Li\u2069"),
                Arguments.of("name", "\uD83D\uDE00".repeat(101)),
                Arguments.of("employeeId", "E\u0000001"),
                Arguments.of("employeeId", "\uD83D\uDE00".repeat(65)),
                Arguments.of("position", "Lead\u0007"),
                Arguments.of("phone", "call me maybe"),
                Arguments.of("phone", "12"),
                Arguments.of("email", "not-an-email"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badValues")
    void aBadValueIsRefusedOnTheSameFieldWithTheSameMessageByTheApiTheImportAndTheSync(String field, String value)
            throws IOException {
        ValidationException api = catchThrowableOfType(
                ValidationException.class, () -> generic.members().add(member(field, value)));
        assertThat(api.errors()).hasSize(1);
        assertThat(api.field()).isEqualTo(field);
        String message = api.errors().get(0).message();

        ImportResult imported = generic.io().importMembers(csv(field, value), ImportOptions.defaults());
        assertThat(imported.errors())
                .extracting(RowError::row, RowError::column, RowError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, COLUMNS.get(field), message));

        f.remote.dept("20", "1", "Sales").put(remote(field, value));
        SyncReport report = f.sync().run();
        assertThat(report.failures())
                .singleElement()
                .extracting(SyncFailure::externalId, SyncFailure::message)
                .containsExactly("u9", field + ": " + message);
        assertThat(f.find("u9")).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("takenValues")
    void aTakenValueIsRefusedOnTheSameFieldWithTheSameMessageByTheApiTheImportAndTheSync(String field, String value)
            throws IOException {
        generic.members()
                .add(NewMember.named("Holder")
                        .employeeId("H001")
                        .phone("+86 139 0013 9000")
                        .email("holder@example.com"));
        f.remote
                .dept("20", "1", "Sales")
                .put(new RemoteMember(
                        "u1",
                        "Holder",
                        "H001",
                        "+86 139 0013 9000",
                        "holder@example.com",
                        null,
                        List.of("20"),
                        "20",
                        true));
        f.sync().run();

        ConflictException api = catchThrowableOfType(
                ConflictException.class, () -> generic.members().add(member(field, value)));
        assertThat(api.field()).isEqualTo(field);
        String message = api.getMessage().substring(field.length() + 2);
        assertThat(message).startsWith("'").contains("is already used by Holder; each member needs their own");

        ImportResult imported = generic.io().importMembers(csv(field, value), ImportOptions.defaults());
        assertThat(imported.errors())
                .singleElement()
                .extracting(RowError::column, RowError::message)
                .containsExactly(
                        COLUMNS.get(field),
                        field.equals("employeeId")
                                ? message + "; to update existing members, import with upsertByEmployeeId"
                                : message);

        f.remote.put(remote(field, value));
        assertThat(f.sync().run().failures())
                .singleElement()
                .extracting(SyncFailure::message)
                .isEqualTo(field + ": " + message);
    }

    static Stream<Arguments> takenValues() {
        return Stream.of(
                Arguments.of("employeeId", "h001"),
                Arguments.of("phone", "13900139000"),
                Arguments.of("phone", "139-0013-9000"),
                Arguments.of("email", "HOLDER@example.com"));
    }

    private static NewMember member(String field, String value) {
        NewMember m = NewMember.named(field.equals("name") ? value : "Valid Name");
        return switch (field) {
            case "name" -> m;
            case "employeeId" -> m.employeeId(value);
            case "phone" -> m.phone(value);
            case "email" -> m.email(value);
            case "position" -> m.position(value);
            default -> throw new IllegalArgumentException(field);
        };
    }

    private Path csv(String field, String value) throws IOException {
        NewMember m = member(field, value);
        String row = String.join(
                ",",
                quoted(m.name()),
                quoted(m.employeeId()),
                quoted(m.phone()),
                quoted(m.email()),
                quoted(m.position()));
        Path file = dir.resolve("members-" + System.nanoTime() + ".csv");
        Files.writeString(file, "Name,Employee ID,Phone,Email,Position\r\n" + row + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static RemoteMember remote(String field, String value) {
        NewMember m = member(field, value);
        return new RemoteMember(
                "u9", m.name(), m.employeeId(), m.phone(), m.email(), m.position(), List.of("20"), "20", true);
    }
}
