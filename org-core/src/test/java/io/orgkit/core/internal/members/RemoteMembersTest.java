package io.orgkit.core.internal.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberField;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.PlatformAccount;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.spi.RemoteMember;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The remote-to-local mapping every sync plans with (full syncs and change rounds alike; their writes, events and
 * clashes are tested through {@code sync()} in {@code io.orgkit.core.sync}).
 */
class RemoteMembersTest {
    private static final OrgId ORG = OrgId.random();
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final DepartmentId D1 = DepartmentId.random();
    private static final DepartmentId D2 = DepartmentId.random();
    private final Map<String, DepartmentId> departments = Map.of("d1", D1, "d2", D2);

    private static RemoteMember remote(boolean active, String main) {
        return new RemoteMember("u1", "Ann", "A1", "13800138000", null, null, List.of("d1", "d2"), main, active);
    }

    @Test
    void aNewMemberGetsItsDepartmentsMainFirstAndTheFieldsAsTheyCome() {
        Member m = RemoteMembers.toLocal(ORG, remote(true, "d2"), departments, null, NOW);

        assertThat(m.departmentIds()).containsExactly(D2, D1);
        assertThat(m.mainDepartmentId()).isEqualTo(D2);
        assertThat(m.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(m.externalId()).isEqualTo("u1");
        assertThat(m.createdAt()).isEqualTo(NOW);
        assertThat(m.phone()).as("normalized later, by the write path's rules").isEqualTo("13800138000");
    }

    @Test
    void aKnownMemberKeepsItsIdAndCreationTimeAndAResignedOneComesBackOnlyWhenEnabled() {
        Member before = RemoteMembers.toLocal(ORG, remote(true, "d1"), departments, null, NOW)
                .withResignation(NOW.plusSeconds(5));

        Member stillGone = RemoteMembers.toLocal(ORG, remote(false, "d1"), departments, before, NOW.plusSeconds(9));
        Member back = RemoteMembers.toLocal(ORG, remote(true, "d1"), departments, before, NOW.plusSeconds(9));

        assertThat(stillGone.id()).isEqualTo(before.id());
        assertThat(stillGone.status()).isEqualTo(MemberStatus.RESIGNED);
        assertThat(stillGone.resignedAt()).isEqualTo(before.resignedAt());
        assertThat(back.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(back.resignedAt()).isNull();
        assertThat(back.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aDepartmentUnknownLocallyIsRefused() {
        RemoteMember r = new RemoteMember("u2", "Bo", null, null, null, null, List.of("d9"), "d9", true);

        ValidationException e = catchThrowableOfType(
                ValidationException.class, () -> RemoteMembers.toLocal(ORG, r, departments, null, NOW));

        assertThat(e.field()).isEqualTo("departments");
        assertThat(e.getMessage()).contains("'d9'").contains("run a full sync");
    }

    private static RemoteMember full(PlatformAccount account, Set<MemberField> withheld) {
        return new RemoteMember(
                "u3",
                "Cai",
                "C1",
                "+8613700137000",
                "cai@acme.example",
                "Engineer",
                List.of("d1"),
                "d1",
                true,
                account,
                withheld);
    }

    @Test
    void aMemberWhoHasNotActivatedTheirAccountIsAMemberMarkedSoAndADisabledAccountStaysAMember() {
        Member created =
                RemoteMembers.toLocal(ORG, full(PlatformAccount.NOT_ACTIVATED, Set.of()), departments, null, NOW);
        assertThat(created.isActive()).isTrue();
        assertThat(created.platformAccount()).isEqualTo(PlatformAccount.NOT_ACTIVATED);

        Member disabled =
                RemoteMembers.toLocal(ORG, full(PlatformAccount.DISABLED, Set.of()), departments, created, NOW);
        assertThat(disabled.id()).isEqualTo(created.id());
        assertThat(disabled.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(disabled.platformAccount()).isEqualTo(PlatformAccount.DISABLED);

        // resigning is the planner's decision; a member already resigned stays so and keeps the account state
        Member gone = RemoteMembers.toLocal(
                ORG,
                full(PlatformAccount.DISABLED, Set.of()).withActive(false),
                departments,
                disabled.withResignation(NOW),
                NOW);
        assertThat(gone.status()).isEqualTo(MemberStatus.RESIGNED);
        assertThat(gone.platformAccount()).isEqualTo(PlatformAccount.DISABLED);
    }

    @Test
    void aFieldThePlatformWithheldKeepsTheLocalValueAndAFieldSentEmptyClearsIt() {
        Member before = RemoteMembers.toLocal(ORG, full(PlatformAccount.ACTIVATED, Set.of()), departments, null, NOW);
        RemoteMember withheld = new RemoteMember(
                        "u3",
                        "Cai Wen",
                        "C1",
                        null,
                        null,
                        null,
                        List.of("d1"),
                        "d1",
                        true,
                        PlatformAccount.ACTIVATED,
                        Set.of())
                .withWithheld(Set.of(MemberField.PHONE, MemberField.EMAIL));

        Member kept = RemoteMembers.toLocal(ORG, withheld, departments, before, NOW);
        assertThat(kept.name()).isEqualTo("Cai Wen");
        assertThat(kept.phone()).isEqualTo("+8613700137000");
        assertThat(kept.email()).isEqualTo("cai@acme.example");
        assertThat(kept.position()).as("not withheld: sent empty").isNull();

        Member cleared = RemoteMembers.toLocal(ORG, withheld.withWithheld(Set.of()), departments, before, NOW);
        assertThat(cleared.phone()).isNull();
        assertThat(cleared.email()).isNull();
    }

    @Test
    void aNewMemberWithWithheldFieldsIsCreatedWithoutThemAndTheNameCannotBeWithheld() {
        Member created = RemoteMembers.toLocal(
                ORG,
                full(PlatformAccount.ACTIVATED, Set.of(MemberField.PHONE, MemberField.EMAIL)),
                departments,
                null,
                NOW);
        assertThat(created.phone()).isNull();
        assertThat(created.email()).isNull();
        assertThat(created.employeeId()).isEqualTo("C1");

        ValidationException name = catchThrowableOfType(
                ValidationException.class, () -> full(PlatformAccount.ACTIVATED, Set.of(MemberField.NAME)));
        assertThat(name.field()).isEqualTo("withheld");
    }

    @Test
    void theOldConstructorMeansAnActivatedAccountAndKeepsActive() {
        assertThat(remote(true, "d1").account()).isEqualTo(PlatformAccount.ACTIVATED);
        assertThat(remote(false, "d1").account()).isEqualTo(PlatformAccount.ACTIVATED);
        assertThat(remote(false, "d1").active()).isFalse();
        assertThat(remote(true, "d1").withAccount(PlatformAccount.NOT_ACTIVATED).active())
                .isTrue();
    }
}
