package io.orgkit.core.internal.sync;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.members.MemberRules;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.GuardVerdict;
import io.orgkit.core.sync.SyncChange;
import io.orgkit.core.sync.SyncOptions;
import io.orgkit.core.sync.SyncPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compares a checked remote tree with the local state, in memory, and produces the plan and its verdict. */
final class SyncPlanner {
    private SyncPlanner() {}

    record Planned(Plan plan, SyncPlan view) {}

    static Planned plan(
            LocalState local, RemoteTree tree, SyncOptions options, Instant now, long apiCalls, MemberRules rules) {
        Plan plan = new Plan();
        DepartmentPlanner departments = new DepartmentPlanner(local, plan);
        departments.plan(tree);
        MemberPlanner members = new MemberPlanner(local, departments, plan, now, rules);
        members.plan(tree);
        planManagers(local, tree, departments, members, plan);
        SyncPlan view = new SyncPlan(
                "",
                plan.changes,
                plan.failures,
                GuardVerdict.PASS,
                tree.topDown().size(),
                tree.members().size(),
                apiCalls);
        String id = id(view.changes());
        GuardVerdict verdict = guard(local, plan, options);
        return new Planned(
                plan,
                new SyncPlan(
                        id,
                        view.changes(),
                        plan.failures,
                        verdict,
                        tree.topDown().size(),
                        tree.members().size(),
                        apiCalls));
    }

    private static void planManagers(
            LocalState local, RemoteTree tree, DepartmentPlanner departments, MemberPlanner members, Plan plan) {
        for (RemoteDepartment r : tree.topDown()) {
            DepartmentId id = departments.idByExternalId.get(r.externalId());
            Set<MemberId> wanted = new LinkedHashSet<>();
            for (String ext : r.managerExternalIds()) {
                Member m = members.after.get(ext);
                if (m == null) {
                    m = local.others.get(ext); // a slice: a manager the changes leave as it is
                }
                if (m != null && m.isActive()) {
                    wanted.add(m.id());
                }
            }
            Department before = local.departments.get(id);
            List<MemberId> current = before != null ? before.managerIds() : List.of();
            if (!current.equals(List.copyOf(wanted))) {
                plan.managers.put(id, List.copyOf(wanted));
                if (before != null) {
                    plan.managerChanges++;
                    plan.change(
                            ChangeKind.DEPARTMENT_UPDATED,
                            r.externalId(),
                            r.name().strip(),
                            "managers");
                }
            }
        }
    }

    static GuardVerdict guard(LocalState local, Plan plan, SyncOptions options) {
        int resigned = plan.count(ChangeKind.MEMBER_RESIGNED);
        long active = resigned > 0 ? local.activeMembers() : 0;
        int removed = plan.count(ChangeKind.DEPARTMENT_REMOVED);
        if (resigned > 0 && options.trips(resigned, active)) {
            return new GuardVerdict(
                    true,
                    "would resign " + resigned + " of " + active + " active members" + percent(resigned, active)
                            + "; approve the plan if the platform really lost them");
        }
        long depts = removed > 0 ? local.departmentsBelowRoot() : 0;
        if (removed > 0 && options.trips(removed, depts)) {
            return new GuardVerdict(
                    true,
                    "would remove " + removed + " of " + depts + " departments" + percent(removed, depts)
                            + "; approve the plan if the platform really lost them");
        }
        return GuardVerdict.PASS;
    }

    private static String percent(int part, long whole) {
        return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + "%)";
    }

    /** The plan's id: a digest of its change lines, so the same changes always get the same id. */
    static String id(List<SyncChange> changes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SyncChange c : changes) {
                sha.update(c.line().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
