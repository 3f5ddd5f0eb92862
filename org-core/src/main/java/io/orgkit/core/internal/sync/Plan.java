package io.orgkit.core.internal.sync;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.SyncChange;
import io.orgkit.core.sync.SyncFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The computed plan with everything the applier needs; {@link #changes} is what a person sees. */
final class Plan {
    /** A department to insert ({@code before} null) or to replace; {@code kinds} may be empty (a path follows a move). */
    record DeptWrite(@Nullable Department before, Department after, List<ChangeKind> kinds) {}

    /** A member to insert ({@code before} null) or to replace; {@code resign} when it leaves after the write. */
    record MemberWrite(@Nullable Member before, Member after, List<ChangeKind> kinds, boolean resign) {
        boolean needsWrite() {
            return before == null || !before.equals(after);
        }
    }

    final List<DeptWrite> departments = new ArrayList<>();
    final List<Department> removals = new ArrayList<>();
    final List<MemberWrite> members = new ArrayList<>();
    /** Members whose new unique values other members hold until they are written; applied last, together. */
    final List<MemberWrite> deferred = new ArrayList<>();

    final Map<DepartmentId, List<MemberId>> managers = new LinkedHashMap<>();
    /** Existing departments whose managers change (listed as DEPARTMENT_UPDATED). */
    int managerChanges;

    final List<SyncChange> changes = new ArrayList<>();
    final List<SyncFailure> failures = new ArrayList<>();

    void change(ChangeKind kind, String externalId, String name, String detail) {
        changes.add(new SyncChange(kind, externalId, name, detail));
    }

    int count(ChangeKind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Number of store writes the applier will make (for progress). */
    long workItems() {
        return departments.size() + removals.size() + members.size() + deferred.size() + managers.size();
    }
}
