package io.orgkit.core.internal.sync;

import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.members.MemberWrites;
import io.orgkit.core.members.Member;
import io.orgkit.core.sync.ChangeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Names what changes between a member as stored and as the platform has it, and lists it in the plan. */
final class MemberChanges {
    private static final List<Field> FIELDS = List.of(
            new Field("name", Member::name),
            new Field("employeeId", Member::employeeId),
            new Field("phone", Member::phone),
            new Field("email", Member::email),
            new Field("position", Member::position),
            new Field(
                    "platformAccount",
                    m -> m.platformAccount() == null
                            ? null
                            : m.platformAccount().name()));

    private record Field(String name, Function<Member, @Nullable String> get) {}

    private MemberChanges() {}

    static List<ChangeKind> describe(
            Plan plan, LocalState local, DepartmentPlanner depts, @Nullable Member old, Member fresh, boolean resign) {
        String ext = Objects.requireNonNull(fresh.externalId());
        if (old == null) {
            plan.change(ChangeKind.MEMBER_CREATED, ext, fresh.name(), "in " + labels(local, depts, fresh));
            return List.of(ChangeKind.MEMBER_CREATED);
        }
        List<ChangeKind> kinds = new ArrayList<>();
        if (!old.isActive() && fresh.isActive()) {
            kinds.add(ChangeKind.MEMBER_REACTIVATED);
            plan.change(ChangeKind.MEMBER_REACTIVATED, ext, fresh.name(), "back on the platform");
        }
        List<String> changed = FIELDS.stream()
                .filter(f -> !Objects.equals(f.get().apply(old), f.get().apply(fresh)))
                .filter(f -> !f.name().equals("platformAccount") || MemberWrites.accountChanged(old, fresh))
                .map(Field::name)
                .toList();
        if (!changed.isEmpty()) {
            kinds.add(ChangeKind.MEMBER_UPDATED);
            plan.change(ChangeKind.MEMBER_UPDATED, ext, fresh.name(), String.join(", ", changed));
        }
        if (!old.mainDepartmentId().equals(fresh.mainDepartmentId())
                || !Set.copyOf(old.departmentIds()).equals(Set.copyOf(fresh.departmentIds()))) {
            kinds.add(ChangeKind.MEMBER_MOVED);
            plan.change(
                    ChangeKind.MEMBER_MOVED,
                    ext,
                    fresh.name(),
                    labels(local, depts, old) + " -> " + labels(local, depts, fresh));
        }
        if (resign) {
            kinds.add(ChangeKind.MEMBER_RESIGNED);
            plan.change(ChangeKind.MEMBER_RESIGNED, ext, fresh.name(), "disabled on the platform");
        }
        return kinds;
    }

    /** The member's departments by platform id, main first. */
    private static String labels(LocalState local, DepartmentPlanner depts, Member m) {
        List<String> out = new ArrayList<>();
        for (DepartmentId d : m.departmentIds()) {
            out.add(depts.externalIdOf(d, local));
        }
        return out.toString();
    }
}
