package io.orgkit.core.internal.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.spi.RemoteMember;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
                .resigned(NOW.plusSeconds(5));

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
}
