package io.orgkit.core.internal.callbacks;

import io.orgkit.core.spi.CallbackMessage;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the members and departments a callback names, as they are now: one the platform no longer has becomes a
 * removal. Departments they hang in that are neither stored nor among them are read too (a member's new department
 * may come before the department's own event), up to a bound.
 */
final class Rereads {
    /** Most extra departments read for one callback. */
    static final int MAX_EXTRA_DEPARTMENTS = 50;

    private final DirectorySource source;
    private final long version;
    private final java.util.function.Predicate<String> knownLocally;

    Rereads(DirectorySource source, long version, java.util.function.Predicate<String> knownLocally) {
        this.source = source;
        this.version = version;
        this.knownLocally = knownLocally;
    }

    List<RemoteChange> read(CallbackMessage message) {
        List<RemoteChange> out = new ArrayList<>();
        Set<String> departments = new HashSet<>();
        Deque<String> referenced = new ArrayDeque<>();
        for (String id : message.departmentsToReread()) {
            departments.add(id);
            Optional<RemoteDepartment> d = source.department(id);
            out.add(d.<RemoteChange>map(x -> new RemoteChange.DepartmentUpserted(x, version))
                    .orElseGet(() -> new RemoteChange.DepartmentRemoved(id, version)));
            d.map(RemoteDepartment::parentExternalId).ifPresent(referenced::add);
        }
        for (String id : message.membersToReread()) {
            Optional<RemoteMember> m = source.member(id);
            out.add(m.<RemoteChange>map(x -> new RemoteChange.MemberUpserted(x, version))
                    .orElseGet(() -> new RemoteChange.MemberRemoved(id, version)));
            m.ifPresent(x -> referenced.addAll(x.departmentExternalIds()));
        }
        out.addAll(0, ancestors(referenced, departments));
        return out;
    }

    /** The referenced departments and their ancestors, parents first, with version 0 (their state now). */
    private List<RemoteChange> ancestors(Deque<String> referenced, Set<String> known) {
        List<RemoteChange> out = new ArrayList<>();
        int extra = 0;
        while (!referenced.isEmpty() && extra < MAX_EXTRA_DEPARTMENTS) {
            String id = referenced.poll();
            if (id == null || !known.add(id) || knownLocally.test(id)) {
                continue;
            }
            Optional<RemoteDepartment> d = source.department(id);
            extra++;
            if (d.isPresent()) {
                out.add(0, new RemoteChange.DepartmentUpserted(d.get(), 0));
                if (d.get().parentExternalId() != null) {
                    referenced.add(d.get().parentExternalId());
                }
            }
        }
        return out;
    }
}
