package io.orgkit.core.internal.sync;

import io.orgkit.core.internal.MemberOps;
import io.orgkit.core.internal.Tx;
import io.orgkit.core.internal.members.MemberWrites;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes planned member changes inside one transaction through the one member write path (the plan checked them
 * as a batch), with their events; resigns like {@code Members.resign}.
 */
final class MemberWriter {
    private final Tx tx;
    private final OrgId org;
    private final MemberWrites writes;

    MemberWriter(Tx tx, OrgId org, MemberWrites writes) {
        this.tx = tx;
        this.org = org;
        this.writes = writes;
    }

    /**
     * Writes the members. With {@code swapping}, existing members first give up their changed unique values
     * (so values that move between members, e.g. two swapped emails, never clash on the way).
     */
    void write(List<Plan.MemberWrite> writes, boolean swapping) {
        if (swapping) {
            writes.stream()
                    .filter(w -> w.before() != null)
                    .forEach(w -> this.writes.releaseKeys(tx, Objects.requireNonNull(w.before()), w.after()));
        }
        List<Member> created = new ArrayList<>();
        List<MemberId> resigning = new ArrayList<>();
        for (Plan.MemberWrite w : writes) {
            Member before = w.before();
            if (before == null) {
                created.add(w.after());
            } else if (w.needsWrite() || swapping) {
                this.writes.updateChecked(tx, before, w.after());
            }
            if (w.resign()) {
                resigning.add(w.after().id());
            }
        }
        this.writes.insertChecked(tx, created);
        if (!resigning.isEmpty()) {
            MemberOps.resign(tx, org, resigning);
        }
    }
}
