package io.orgkit.core.internal.sync;

import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.internal.MemberOps;
import io.orgkit.core.internal.Tx;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.sync.ChangeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Writes planned member changes inside one transaction, with their events; resigns like {@code Members.resign}. */
final class MemberWriter {
    private final Tx tx;
    private final OrgId org;
    private final StoreSession s;

    MemberWriter(Tx tx, OrgId org) {
        this.tx = tx;
        this.org = org;
        this.s = tx.session();
    }

    /**
     * Writes the members. With {@code swapping}, existing members first give up their changed unique values
     * (so values that move between members, e.g. two swapped emails, never clash on the way).
     */
    void write(List<Plan.MemberWrite> writes, boolean swapping) {
        if (swapping) {
            writes.stream().filter(w -> w.before() != null).forEach(w -> s.updateMember(released(w)));
        }
        List<Member> created = new ArrayList<>();
        List<MemberId> resigning = new ArrayList<>();
        for (Plan.MemberWrite w : writes) {
            if (w.before() == null) {
                created.add(w.after());
            } else if (w.needsWrite() || swapping) {
                s.updateMember(w.after());
                tx.search().member(w.after());
            }
            if (w.resign()) {
                resigning.add(w.after().id());
            }
        }
        if (!created.isEmpty()) {
            s.insertMembers(created);
            tx.search().members(created);
        }
        writes.forEach(this::emit);
        if (!resigning.isEmpty()) {
            MemberOps.resign(tx, org, resigning);
        }
    }

    /** The member as stored with each changed unique value cleared. */
    private static Member released(Plan.MemberWrite w) {
        Member b = Objects.requireNonNull(w.before());
        Member a = w.after();
        return new Member(b.id(), b.orgId(), b.name(),
                Objects.equals(b.employeeId(), a.employeeId()) ? b.employeeId() : null,
                Objects.equals(b.phone(), a.phone()) ? b.phone() : null,
                Objects.equals(b.email(), a.email()) ? b.email() : null,
                b.position(), b.departmentIds(), b.mainDepartmentId(), b.status(), b.resignedAt(), b.externalId(),
                b.createdAt());
    }

    private void emit(Plan.MemberWrite w) {
        Member m = w.after();
        List<ChangeKind> kinds = w.kinds();
        if (kinds.contains(ChangeKind.MEMBER_CREATED)) {
            tx.emit(new OrgEvent.MemberAdded(org, tx.now(), m.id(), m.name()));
            return;
        }
        if (kinds.contains(ChangeKind.MEMBER_REACTIVATED)) {
            tx.emit(new OrgEvent.MemberReactivated(org, tx.now(), m.id()));
        }
        if (kinds.contains(ChangeKind.MEMBER_UPDATED) || kinds.contains(ChangeKind.MEMBER_MOVED)
                || kinds.isEmpty() && w.needsWrite()) {
            tx.emit(new OrgEvent.MemberUpdated(org, tx.now(), m.id()));
        }
    }
}
