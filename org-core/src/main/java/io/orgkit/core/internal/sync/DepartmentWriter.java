package io.orgkit.core.internal.sync;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.internal.Tx;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.sync.ChangeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes planned department changes inside one transaction, with their events. */
final class DepartmentWriter {
    private final Tx tx;
    private final OrgId org;
    private final StoreSession s;

    DepartmentWriter(Tx tx, OrgId org) {
        this.tx = tx;
        this.org = org;
        this.s = tx.session();
    }

    /** New departments first (top-down, in bulk), then renames, moves and path updates. */
    void write(List<Plan.DeptWrite> writes) {
        List<Department> created = new ArrayList<>();
        for (Plan.DeptWrite w : writes) {
            if (w.before() == null) {
                created.add(w.after());
            }
        }
        if (!created.isEmpty()) {
            s.insertDepartments(created);
            tx.search().departments(created);
        }
        for (Department d : created) {
            tx.emit(new OrgEvent.DepartmentCreated(org, tx.now(), d.id(), d.parentId(), d.name()));
        }
        for (Plan.DeptWrite w : writes) {
            if (w.before() != null) {
                s.updateDepartment(w.after());
                tx.search().department(w.after());
                emit(w);
            }
        }
    }

    private void emit(Plan.DeptWrite w) {
        Department d = w.after();
        if (w.kinds().contains(ChangeKind.DEPARTMENT_RENAMED)) {
            tx.emit(new OrgEvent.DepartmentRenamed(org, tx.now(), d.id(), d.name()));
        }
        if (w.kinds().contains(ChangeKind.DEPARTMENT_MOVED)) {
            tx.emit(new OrgEvent.DepartmentMoved(org, tx.now(), d.id(), Objects.requireNonNull(d.parentId())));
        }
    }

    /** Sets managers where the stored ones differ (a resignation may have changed them already). */
    void managers(Map<DepartmentId, List<MemberId>> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        Map<DepartmentId, Department> current = new HashMap<>();
        s.departments(org).forEach(d -> current.put(d.id(), d));
        wanted.forEach((id, managers) -> {
            Department d = current.get(id);
            if (d != null && !d.managerIds().equals(managers)) {
                s.updateDepartment(d.withManagers(managers));
                tx.emit(new OrgEvent.DepartmentManagersChanged(org, tx.now(), id, managers));
            }
        });
    }

    /** Deletes departments, children first; their members were relinked before. */
    void remove(List<Department> removals) {
        for (Department d : removals) {
            s.deleteDepartment(org, d.id());
            tx.search().departmentDeleted(org, d.id());
            tx.emit(new OrgEvent.DepartmentDeleted(org, tx.now(), d.id()));
        }
    }
}
