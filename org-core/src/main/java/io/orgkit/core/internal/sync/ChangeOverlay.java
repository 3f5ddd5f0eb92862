package io.orgkit.core.internal.sync;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.sync.SyncFailure;
import io.orgkit.core.sync.SyncProgressListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The remote directory as the local state says it was, with changes laid over it. Planning this picture with the
 * full sync's planner gives the changes' effect through the very same remote-to-local mapping, rules and guard.
 * A removed department's children and members move up to its nearest remaining ancestor; a change naming a
 * department that is known neither locally nor in the changes is left out and reported (a full sync brings it).
 */
final class ChangeOverlay {
    private final RemoteSnapshot snapshot = new RemoteSnapshot(SyncProgressListener.NONE);
    private final Map<String, String> removedParents = new HashMap<>();
    final List<SyncFailure> failures = new ArrayList<>();
    private boolean scoped;

    private ChangeOverlay() {}

    /**
     * The local state (whole, or the slice a change round read) as a remote picture; members/departments without a
     * platform id stay out (never synced).
     */
    static ChangeOverlay of(LocalState local) {
        ChangeOverlay o = new ChangeOverlay();
        for (Department d : local.departments.values()) {
            if (d.externalId() != null) {
                o.snapshot.departments.put(d.externalId(), remote(local, d));
            }
        }
        for (Member m : local.members) {
            if (m.externalId() != null) {
                o.snapshot.members.put(m.externalId(), remote(local, m));
            }
        }
        return o;
    }

    private static RemoteDepartment remote(LocalState local, Department d) {
        Department parent = d.parentId() == null ? null : local.departments.get(d.parentId());
        List<String> managers = d.managerIds().stream()
                .map(local::memberExternalId)
                .filter(Objects::nonNull)
                .toList();
        return new RemoteDepartment(
                Objects.requireNonNull(d.externalId()),
                parent == null ? null : parent.externalId(),
                d.name(),
                d.order(),
                managers);
    }

    private static RemoteMember remote(LocalState local, Member m) {
        List<String> depts = m.departmentIds().stream().map(local::label).toList();
        return new RemoteMember(
                Objects.requireNonNull(m.externalId()),
                m.name(),
                m.employeeId(),
                m.phone(),
                m.email(),
                m.position(),
                depts,
                local.label(m.mainDepartmentId()),
                m.isActive(),
                // the stored account state, so a change about someone else leaves it as it is
                m.platformAccount() != null ? m.platformAccount() : io.orgkit.core.members.PlatformAccount.ACTIVATED,
                java.util.Set.of());
    }

    /**
     * Lays {@code changes} over the picture, in the given order (oldest first). When {@code scoped}, a department or
     * member naming departments unknown here is left in the picture for the sync scope to judge (an unknown parent
     * or department is out of scope) instead of being reported.
     */
    ChangeOverlay apply(List<RemoteChange> changes, boolean scoped) {
        this.scoped = scoped;
        for (RemoteChange c : changes) {
            if (c instanceof RemoteChange.MemberUpserted u) {
                snapshot.members.put(u.externalId(), u.member());
            } else if (c instanceof RemoteChange.MemberRemoved r) {
                snapshot.members.remove(r.externalId());
            } else if (c instanceof RemoteChange.DepartmentUpserted u) {
                snapshot.departments.put(u.externalId(), u.department());
                removedParents.remove(u.externalId());
            } else {
                removeDepartment(c.externalId());
            }
        }
        repair();
        return this;
    }

    private void removeDepartment(String externalId) {
        RemoteDepartment gone = snapshot.departments.get(externalId);
        if (gone == null || gone.parentExternalId() == null) {
            return;
        }
        snapshot.departments.remove(externalId);
        removedParents.put(externalId, gone.parentExternalId());
    }

    /** Moves what hung under removed departments up; leaves out what names unknown departments. */
    private void repair() {
        for (RemoteDepartment d : List.copyOf(snapshot.departments.values())) {
            if (d.parentExternalId() == null || snapshot.departments.containsKey(d.parentExternalId())) {
                continue;
            }
            String parent = surviving(d.parentExternalId());
            if (parent == null && scoped) {
                continue; // its parent is out of the sync scope: the scope decides
            }
            if (parent == null) {
                snapshot.departments.remove(d.externalId());
                failures.add(new SyncFailure(
                        "department",
                        d.externalId(),
                        d.name(),
                        "its parent department " + d.parentExternalId()
                                + " is unknown here; a full sync will bring it"));
            } else {
                snapshot.departments.put(
                        d.externalId(),
                        new RemoteDepartment(d.externalId(), parent, d.name(), d.order(), d.managerExternalIds()));
            }
        }
        for (RemoteMember m : List.copyOf(snapshot.members.values())) {
            repairMember(m);
        }
    }

    private void repairMember(RemoteMember m) {
        List<String> depts = new ArrayList<>();
        for (String d : m.departmentExternalIds()) {
            String kept = surviving(d);
            if (kept == null && scoped) {
                kept = d; // out of the sync scope: the scope drops it
            }
            if (kept != null && !depts.contains(kept)) {
                depts.add(kept);
            }
        }
        if (depts.equals(m.departmentExternalIds())) {
            return;
        }
        if (depts.isEmpty()) {
            snapshot.members.remove(m.externalId());
            failures.add(new SyncFailure(
                    "member",
                    m.externalId(),
                    m.name(),
                    "its departments "
                            + m.departmentExternalIds().stream().limit(5).toList()
                            + " are unknown here; a full sync will"
                            + " bring them"));
            return;
        }
        String main = surviving(m.mainDepartmentExternalId());
        snapshot.members.put(
                m.externalId(),
                new RemoteMember(
                        m.externalId(),
                        m.name(),
                        m.employeeId(),
                        m.phone(),
                        m.email(),
                        m.position(),
                        depts,
                        main != null && depts.contains(main) ? main : depts.get(0),
                        m.active(),
                        m.account(),
                        m.withheld()));
    }

    /** The department itself when present, else the nearest present ancestor of a removed one; null if unknown. */
    private @Nullable String surviving(String externalId) {
        @Nullable String d = externalId;
        for (int hops = 0; d != null && hops < 100; hops++) {
            if (snapshot.departments.containsKey(d)) {
                return d;
            }
            d = removedParents.get(d);
        }
        return null;
    }

    RemoteSnapshot snapshot() {
        return snapshot;
    }
}
