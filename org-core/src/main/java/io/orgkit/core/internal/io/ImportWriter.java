package io.orgkit.core.internal.io;

import io.orgkit.core.ConflictException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.DepartmentOps;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.internal.MemberOps;
import io.orgkit.core.internal.Tx;
import io.orgkit.core.internal.members.MemberWrites;
import io.orgkit.core.io.ImportProgress;
import io.orgkit.core.io.ImportProgressListener;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Writes validated rows inside one transaction: missing departments first, then members in bulk through the one
 * member write path ({@link MemberWrites#insertChecked}: the rows were checked as a batch while reading).
 */
final class ImportWriter {
    private static final int CHUNK = 1_000;

    private final Tx tx;
    private final MemberWrites writes;
    private final OrgId org;
    private final DepartmentPaths tree;
    private final BinaryOperator<Member> merge;
    private final ImportProgressListener progress;
    private final int total;
    private final Map<String, DepartmentId> createdDepartments = new HashMap<>();
    private final Map<String, DepartmentId> resolved = new HashMap<>();
    private final List<PendingRow> chunk = new ArrayList<>(CHUNK);
    private int written;
    private int created;
    private int updated;
    private int unchanged;

    /**
     * @param merge the existing member with a row's values (existing, draft) -> updated
     * @param total the number of rows that will be added (for progress)
     */
    ImportWriter(
            Tx tx,
            MemberWrites writes,
            OrgId org,
            DepartmentPaths tree,
            BinaryOperator<Member> merge,
            ImportProgressListener progress,
            int total) {
        this.tx = tx;
        this.writes = writes;
        this.org = org;
        this.tree = tree;
        this.merge = merge;
        this.progress = progress;
        this.total = total;
    }

    void createDepartments(Set<String> paths) {
        for (String path : paths) {
            int cut = lastSeparator(path);
            String parentPath = cut < 0 ? "" : path.substring(0, cut);
            List<String> names = PathCell.parse(path).get(0);
            Department d = DepartmentOps.create(tx, org, resolve(parentPath), names.get(names.size() - 1), null);
            createdDepartments.put(DepartmentPaths.key(path), d.id());
        }
    }

    /** What the write did. */
    record Counts(int created, int updated, int unchanged) {}

    /** Takes one valid row; rows are written in chunks of 1,000, so only one chunk is held at a time. */
    void add(PendingRow row) {
        chunk.add(row);
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    /** Writes the last chunk; the counts of what was written. */
    Counts finish() {
        flush();
        return new Counts(created, updated, unchanged);
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        Map<MemberId, Member> current = targets();
        List<Member> inserts = new ArrayList<>(chunk.size());
        for (PendingRow r : chunk) {
            if (r.target() == null) {
                inserts.add(placed(r.draft(), r.paths()));
            } else {
                update(r, current.get(r.target()));
            }
        }
        insert(inserts);
        written += chunk.size();
        chunk.clear();
        progress.onProgress(new ImportProgress(ImportProgress.Phase.WRITING, 0, written, total));
    }

    /** The members the chunk's rows update, as stored now (inside the transaction). */
    private Map<MemberId, Member> targets() {
        List<MemberId> ids = new ArrayList<>();
        for (PendingRow r : chunk) {
            if (r.target() != null) {
                ids.add(r.target());
            }
        }
        Map<MemberId, Member> out = new HashMap<>();
        if (!ids.isEmpty()) {
            tx.session().members(org, ids).forEach(m -> out.put(m.id(), m));
        }
        return out;
    }

    private void update(PendingRow r, @Nullable Member existing) {
        if (existing == null) {
            throw new ConflictException(
                    "the member with employee ID '" + r.draft().employeeId() + "' (row " + r.row()
                            + ") was deleted while the import ran; nothing was imported; import the file again");
        }
        Member m = placed(merge.apply(existing, r.draft()), r.paths());
        if (existing.equals(m)) {
            unchanged++;
        } else {
            writes.updateChecked(tx, existing, m);
            updated++;
        }
    }

    private void insert(List<Member> members) {
        if (members.isEmpty()) {
            return;
        }
        writes.insertChecked(tx, members);
        created += members.size();
    }

    private Member placed(Member m, List<String> paths) {
        if (paths.isEmpty()) {
            return m;
        }
        List<DepartmentId> ids = new ArrayList<>(paths.size());
        for (String p : paths) {
            ids.add(resolve(p));
        }
        return m.withDepartments(MemberOps.mainFirst(ids, ids.get(0)), ids.get(0));
    }

    /**
     * The departments the rows name, read before the transaction, must still exist (a concurrent delete refuses
     * the import). An updated member's own departments are read inside the transaction.
     */
    void checkDepartments(Set<String> paths) {
        Set<DepartmentId> used = new HashSet<>();
        paths.forEach(p -> used.add(resolve(p)));
        used.removeAll(createdDepartments.values());
        used.forEach(id -> Guard.department(tx.session(), org, id));
    }

    /**
     * The department a path names, found once per distinct path text: a file names few departments in many rows,
     * and a path's key (parsed, each name normalised) costs more than the row's other work.
     */
    private DepartmentId resolve(String path) {
        DepartmentId known = resolved.get(path);
        if (known != null) {
            return known;
        }
        DepartmentId id = path.isEmpty() ? Guard.rootId(org) : tree.find(path);
        if (id == null) {
            id = createdDepartments.get(DepartmentPaths.key(path));
        }
        if (id == null) {
            throw new IllegalStateException("department path '" + path + "' was neither found nor created");
        }
        resolved.put(path, id);
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
