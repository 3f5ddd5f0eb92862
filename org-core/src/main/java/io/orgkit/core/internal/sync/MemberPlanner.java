package io.orgkit.core.internal.sync;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.MemberOps;
import io.orgkit.core.internal.members.MemberRules;
import io.orgkit.core.internal.members.RemoteMembers;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.sync.ChangeKind;
import io.orgkit.core.sync.SyncFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans the members: each remote member is mapped ({@link RemoteMembers#toLocal}) and normalized
 * ({@link MemberRules#normalize}) like a local one; an invalid field
 * or a clash on employee ID / phone / email makes it a per-item failure (left as it is locally). Members the
 * platform no longer lists, or lists as disabled, resign; members that come back are reactivated.
 */
final class MemberPlanner {
    private final LocalState local;
    private final DepartmentPlanner departments;
    private final Plan plan;
    private final Instant now;
    private final Map<String, Member> candidates = new LinkedHashMap<>();
    private final Map<String, String> failed = new LinkedHashMap<>();
    /** Every member as it will be after the sync, by external id (for department managers). */
    final Map<String, Member> after = new HashMap<>();

    private final MemberRules rules;

    MemberPlanner(LocalState local, DepartmentPlanner departments, Plan plan, Instant now, MemberRules rules) {
        this.rules = rules;
        this.local = local;
        this.departments = departments;
        this.plan = plan;
        this.now = now;
    }

    /** Set by {@link #plan}, the only entry point, before anything reads it. */
    @SuppressWarnings("NullAway.Init")
    private RemoteTree tree;

    void plan(RemoteTree tree) {
        this.tree = tree;
        tree.members().values().forEach(this::candidate);
        checkKeys();
        KeyClaims before = KeyClaims.of(local.members);
        local.others.values().forEach(before::claim);
        for (Member m : candidates.values()) {
            planCandidate(m, Objects.requireNonNull(tree.members().get(m.externalId())), before);
        }
        Set<MemberId> taken = new HashSet<>();
        candidates.values().forEach(m -> taken.add(m.id()));
        for (Member m : local.members) {
            if (!taken.contains(m.id())) {
                planLeftAlone(m);
            }
        }
        failed.forEach((ext, msg) -> plan.failures.add(new SyncFailure(
                "member", ext, Objects.requireNonNull(tree.members().get(ext)).name(), msg)));
    }

    private void candidate(RemoteMember r) {
        Member before = local.membersByExternalId.get(r.externalId());
        if (before == null && !r.active()) {
            return;
        }
        try {
            Member raw = RemoteMembers.toLocal(local.orgId(), r, departments.idByExternalId, before, now);
            candidates.put(r.externalId(), rules.normalize(raw));
        } catch (ValidationException e) {
            failed.put(r.externalId(), e.getMessage());
        }
    }

    /** Drops candidates whose unique values clash in the final state; repeats while a dropped one keeps old values. */
    private void checkKeys() {
        boolean again = true;
        while (again) {
            again = false;
            Set<MemberId> moving = new HashSet<>();
            candidates.values().forEach(m -> moving.add(m.id()));
            KeyClaims claims = KeyClaims.of(
                    local.members.stream().filter(m -> !moving.contains(m.id())).toList());
            local.others.values().forEach(claims::claim); // a slice: holders of the values, never moving
            for (Member m : keepersFirst()) {
                String clash = claims.clash(m);
                if (clash == null) {
                    claims.claim(m);
                    continue;
                }
                candidates.remove(m.externalId());
                failed.put(Objects.requireNonNull(m.externalId()), clash);
                again |= local.membersByExternalId.containsKey(m.externalId());
            }
        }
    }

    /**
     * The candidates, those keeping every unique value they hold locally first: a value moving to another member
     * clashes with its holder, never the holder with it (the holder would be left alone for nothing).
     */
    private List<Member> keepersFirst() {
        List<Member> keepers = new ArrayList<>();
        List<Member> movers = new ArrayList<>();
        for (Member m : candidates.values()) {
            Member old = local.membersByExternalId.get(m.externalId());
            (old != null && KeyClaims.sameKeys(old, m) ? keepers : movers).add(m);
        }
        keepers.addAll(movers);
        return keepers;
    }

    private void planCandidate(Member target, RemoteMember remote, KeyClaims before) {
        Member old = local.membersByExternalId.get(target.externalId());
        Member fresh = old != null && sameLinks(old, target)
                ? target.withDepartments(old.departmentIds(), old.mainDepartmentId())
                : target;
        boolean resign = old != null && old.isActive() && !remote.active();
        List<ChangeKind> kinds = MemberChanges.describe(plan, local, departments, old, fresh, resign);
        after.put(remote.externalId(), resign ? fresh.withResignation(now) : fresh);
        Plan.MemberWrite write = new Plan.MemberWrite(old, fresh, kinds, resign);
        if (!kinds.isEmpty() || write.needsWrite()) {
            (before.heldByOther(fresh) ? plan.deferred : plan.members).add(write);
        }
    }

    /** A local member the sync does not take: resigned when the platform dropped it, relinked if needed. */
    private void planLeftAlone(Member m) {
        boolean gone = m.externalId() == null || !failed.containsKey(m.externalId());
        boolean resign = gone && m.isActive();
        Member relinked = relink(m);
        List<ChangeKind> kinds = resign ? List.of(ChangeKind.MEMBER_RESIGNED) : List.of();
        if (resign) {
            plan.change(ChangeKind.MEMBER_RESIGNED, label(m), m.name(), tree.goneDetail(m.externalId()));
        }
        if (m.externalId() != null) {
            after.put(m.externalId(), resign ? relinked.withResignation(now) : relinked);
        }
        if (resign || !relinked.equals(m)) {
            plan.members.add(new Plan.MemberWrite(m, relinked, kinds, resign));
        }
    }

    private Member relink(Member m) {
        LinkedHashSet<DepartmentId> depts = new LinkedHashSet<>();
        m.departmentIds().forEach(d -> depts.add(departments.surviving(d)));
        DepartmentId main = departments.surviving(m.mainDepartmentId());
        return m.withDepartments(MemberOps.mainFirst(new ArrayList<>(depts), main), main);
    }

    private static boolean sameLinks(Member a, Member b) {
        return a.mainDepartmentId().equals(b.mainDepartmentId())
                && Set.copyOf(a.departmentIds()).equals(Set.copyOf(b.departmentIds()));
    }

    private static String label(Member m) {
        return m.externalId() != null ? m.externalId() : m.id().value();
    }
}
