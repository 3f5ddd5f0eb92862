package io.orgkit.core.internal.io;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.internal.DepartmentOps;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.internal.MemberOps;
import io.orgkit.core.internal.Tx;
import io.orgkit.core.io.ImportProgress;
import io.orgkit.core.io.ImportProgressListener;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes validated rows inside one transaction: missing departments first, then members in bulk. */
final class ImportWriter {
    private static final int CHUNK = 1_000;

    private final Tx tx;
    private final OrgId org;
    private final DepartmentPaths tree;
    private final Map<String, DepartmentId> created = new HashMap<>();

    ImportWriter(Tx tx, OrgId org, DepartmentPaths tree) {
        this.tx = tx;
        this.org = org;
        this.tree = tree;
    }

    void createDepartments(Set<String> paths) {
        for (String path : paths) {
            int cut = lastSeparator(path);
            String parentPath = cut < 0 ? "" : path.substring(0, cut);
            List<String> names = PathCell.parse(path).get(0);
            Department d = DepartmentOps.create(tx, org, resolve(parentPath), names.get(names.size() - 1), null);
            created.put(path, d.id());
        }
    }

    /** What the write did. */
    record Counts(int created, int updated, int unchanged) {
    }

    /**
     * Inserts new members in chunks and stores changed ones. Each row's slot in {@code rows} is cleared once
     * written, so the drafts can be collected while the import goes on.
     */
    Counts write(List<PendingRow> rows, ImportProgressListener progress) {
        checkDepartments(rows);
        List<Member> chunk = new ArrayList<>(CHUNK);
        int total = rows.size();
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < total; i++) {
            PendingRow r = rows.set(i, null);
            Member m = placed(r);
            if (r.existing() == null) {
                chunk.add(m);
            } else if (r.existing().equals(m)) {
                unchanged++;
            } else {
                tx.session().updateMember(m);
                tx.emit(new OrgEvent.MemberUpdated(org, tx.now(), m.id()));
                updated++;
            }
            if (chunk.size() == CHUNK || i == total - 1) {
                insert(chunk);
                progress.onProgress(new ImportProgress(ImportProgress.Phase.WRITING, 0, i + 1, total));
            }
        }
        return new Counts(total - updated - unchanged, updated, unchanged);
    }

    private void insert(List<Member> chunk) {
        tx.session().insertMembers(chunk);
        for (Member m : chunk) {
            tx.emit(new OrgEvent.MemberAdded(org, tx.now(), m.id(), m.name()));
        }
        chunk.clear();
    }

    private Member placed(PendingRow r) {
        if (r.paths().isEmpty()) {
            return r.member();
        }
        List<DepartmentId> ids = new ArrayList<>(r.paths().size());
        for (String p : r.paths()) {
            ids.add(resolve(p));
        }
        return r.member().withDepartments(MemberOps.mainFirst(ids, ids.get(0)), ids.get(0));
    }

    /** The departments read before the transaction must still exist (a concurrent delete refuses the import). */
    private void checkDepartments(List<PendingRow> rows) {
        Set<String> paths = new HashSet<>();
        Set<DepartmentId> used = new HashSet<>();
        for (PendingRow r : rows) {
            paths.addAll(r.paths());
            used.addAll(r.member().departmentIds());
        }
        paths.forEach(p -> used.add(resolve(p)));
        used.removeAll(created.values());
        used.forEach(id -> Guard.department(tx.session(), org, id));
    }

    private DepartmentId resolve(String path) {
        DepartmentId id = path.isEmpty() ? Guard.rootId(org) : tree.find(path);
        if (id == null) {
            id = created.get(path);
        }
        if (id == null) {
            throw new IllegalStateException("department path '" + path + "' was neither found nor created");
        }
        return id;
    }

    private static int lastSeparator(String path) {
        for (int i = path.length() - 1; i >= 0; i--) {
            if (path.charAt(i) == '/' && !escaped(path, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean escaped(String s, int i) {
        int backslashes = 0;
        for (int k = i - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
