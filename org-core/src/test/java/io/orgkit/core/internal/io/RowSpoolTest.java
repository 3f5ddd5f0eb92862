package io.orgkit.core.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.organizations.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RowSpoolTest {
    private static final OrgId ORG = OrgId.of("org-1");
    private static final DepartmentId ROOT = DepartmentId.of("root-1");

    @Test
    void checkedRowsComeBackInOrderWithEveryValueExactlyAsAdded() {
        List<PendingRow> added = List.of(
                row(2, "Bob", "E1", "+8613900139000", "bob@example.com", "Dev", null, List.of("R&D/Backend")),
                row(7, "王五", null, null, null, "设计师", MemberId.of("m-9"), List.of("R&D\\/QA", "Sales")),
                row(9, "Lone \uD800 surrogate", "x".repeat(70_000), null, "\uFFFD?", null, null, List.of()),
                row(1_000_000, "", "", "", "", "", null, List.of("")));
        List<RowSpool.Checked> back = new ArrayList<>();

        try (RowSpool spool = RowSpool.create()) {
            added.forEach(spool::add);
            spool.forEach(back::add);
            assertThat(spool.count()).isEqualTo(4);
        }

        assertThat(back).hasSize(added.size());
        for (int i = 0; i < added.size(); i++) {
            PendingRow a = added.get(i);
            Member d = a.draft();
            assertThat(back.get(i))
                    .isEqualTo(new RowSpool.Checked(
                            a.row(),
                            d.name(),
                            d.employeeId(),
                            d.phone(),
                            d.email(),
                            d.position(),
                            a.target(),
                            a.paths()));
        }
    }

    @Test
    void anEmptySpoolHandsOnNothing() {
        List<RowSpool.Checked> back = new ArrayList<>();

        try (RowSpool spool = RowSpool.create()) {
            spool.forEach(back::add);
        }

        assertThat(back).isEmpty();
    }

    private static PendingRow row(
            int number,
            String name,
            @Nullable String employeeId,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String position,
            @Nullable MemberId target,
            List<String> paths) {
        Member m = new Member(
                MemberId.random(),
                ORG,
                name,
                employeeId,
                phone,
                email,
                position,
                List.of(ROOT),
                ROOT,
                MemberStatus.ACTIVE,
                null,
                null,
                Instant.EPOCH);
        return new PendingRow(number, m, target, paths);
    }
}
