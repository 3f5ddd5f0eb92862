package io.orgkit.core.internal.sync;

import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.sync.SyncProgressListener;
import io.orgkit.core.sync.SyncScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Keeps what a {@link SyncScope} takes from a remote picture, whatever the source delivered (everything, or only
 * the included subtrees): the platform's root department, the departments in scope (a department whose platform
 * parent is out of scope or was not delivered hangs under the root), and the members with at least one department
 * in scope, reduced to those departments. A department is in scope when the nearest of itself and its ancestors
 * that the scope names is included; the root counts as included when the scope includes nothing; an ancestor
 * that was not delivered counts as out of scope. A picture without exactly one root is returned as it is, for the
 * tree check to refuse.
 */
final class ScopeProjection {
    private enum Status {
        IN,
        OUT
    }

    private final SyncScope scope;
    private final Map<String, RemoteDepartment> departments;
    private final Map<String, Status> status = new HashMap<>();
    private @Nullable String rootId;

    /** The picture the scope keeps, and what it left out. */
    record Result(RemoteSnapshot snapshot, Set<String> outside, List<String> missingIncludes) {}

    private ScopeProjection(SyncScope scope, Map<String, RemoteDepartment> departments) {
        this.scope = scope;
        this.departments = departments;
    }

    static Result project(RemoteSnapshot in, SyncScope scope) {
        if (scope.isAll()) {
            return new Result(in, Set.of(), List.of());
        }
        ScopeProjection p = new ScopeProjection(scope, in.departments);
        List<RemoteDepartment> roots = in.departments.values().stream()
                .filter(d -> d.parentExternalId() == null)
                .toList();
        if (roots.size() != 1) {
            return new Result(in, Set.of(), List.of());
        }
        p.rootId = roots.get(0).externalId();
        return p.keep(in);
    }

    private Result keep(RemoteSnapshot in) {
        RemoteSnapshot out = new RemoteSnapshot(SyncProgressListener.NONE);
        out.problems.addAll(in.problems);
        Set<String> outside = new HashSet<>();
        for (RemoteDepartment d : in.departments.values()) {
            if (d.externalId().equals(rootId)) {
                out.departments.put(d.externalId(), d);
            } else if (statusOf(d.externalId()) == Status.IN) {
                String parent = d.parentExternalId();
                boolean parentIn = parent != null && departments.containsKey(parent) && statusOf(parent) == Status.IN;
                out.departments.put(
                        d.externalId(),
                        parentIn
                                ? d
                                : new RemoteDepartment(
                                        d.externalId(), rootId, d.name(), d.order(), d.managerExternalIds()));
            } else {
                outside.add(d.externalId());
            }
        }
        for (RemoteMember m : in.members.values()) {
            List<String> kept = new ArrayList<>();
            for (String d : m.departmentExternalIds()) {
                if (departments.containsKey(d) && statusOf(d) == Status.IN && !kept.contains(d)) {
                    kept.add(d);
                }
            }
            if (kept.isEmpty()) {
                outside.add(m.externalId());
            } else if (kept.equals(m.departmentExternalIds())) {
                out.members.put(m.externalId(), m);
            } else {
                String main = kept.contains(m.mainDepartmentExternalId()) ? m.mainDepartmentExternalId() : kept.get(0);
                out.members.put(
                        m.externalId(),
                        new RemoteMember(
                                m.externalId(),
                                m.name(),
                                m.employeeId(),
                                m.phone(),
                                m.email(),
                                m.position(),
                                kept,
                                main,
                                m.active()));
            }
        }
        List<String> missing = new ArrayList<>(new TreeSet<>(scope.included()));
        missing.removeIf(departments::containsKey);
        return new Result(out, outside, missing);
    }

    /** In or out of scope; walks up to the nearest named ancestor, the root, or a gap (iteratively, cycle-safe). */
    private Status statusOf(String id) {
        Status known = status.get(id);
        if (known != null) {
            return known;
        }
        List<String> chain = new ArrayList<>();
        Set<String> onChain = new HashSet<>();
        String current = id;
        Status found;
        while (true) {
            Status s = status.get(current);
            if (s != null) {
                found = s;
                break;
            }
            if (scope.included().contains(current)) {
                found = Status.IN;
                status.put(current, found);
                break;
            }
            if (scope.excluded().contains(current)) {
                found = Status.OUT;
                status.put(current, found);
                break;
            }
            RemoteDepartment d = departments.get(current);
            if (d == null || !onChain.add(current)) {
                found = Status.OUT; // not delivered (out of scope) or a cycle (the tree check reports what stays)
                break;
            }
            chain.add(current);
            if (d.parentExternalId() == null) {
                found = scope.included().isEmpty() ? Status.IN : Status.OUT;
                break;
            }
            current = d.parentExternalId();
        }
        for (String c : chain) {
            status.put(c, found);
        }
        return found;
    }
}
