package io.orgkit.tck.store;

import io.orgkit.core.Org;
import io.orgkit.core.OrgKitException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * One writer of a stress run: a bounded number of random contact changes (departments created, renamed, moved;
 * members added, edited, moved, resigned; roles granted; leader and manager posts set), chosen from what it read
 * just before, so another writer may have changed it since. A refusal is a correct answer to such a stale
 * choice; anything else fails the run. Returns the number of changes that were stored.
 */
final class RandomWriter implements Callable<Integer> {
    private final Org org;
    private final Random random;
    private final String name;
    private final int operations;
    private final long deadlineNanos;

    RandomWriter(Org org, long seed, String name, int operations, long deadlineNanos) {
        this.org = org;
        this.random = new Random(seed);
        this.name = name;
        this.operations = operations;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public Integer call() {
        int stored = 0;
        for (int i = 0; i < operations && System.nanoTime() < deadlineNanos; i++) {
            try {
                step(i);
                stored++;
            } catch (OrgKitException refused) {
                // the choice was stale or breaks a rule: refused with nothing written, as it should be
            }
        }
        return stored;
    }

    private void step(int i) {
        List<Department> depts = org.departments().subtree(org.root().id());
        List<Member> members = org.members().list();
        Department d = pick(depts);
        Department other = pick(depts);
        Member m = members.isEmpty() ? null : members.get(random.nextInt(members.size()));
        int op = random.nextInt(10);
        if (op < 2 || m == null) {
            addMemberOrDepartment(op, d, i);
        } else if (op < 5 && d.parentId() != null) {
            changeDepartment(op, d, other, i);
        } else {
            changeMember(op, m, d, other);
        }
    }

    private void addMemberOrDepartment(int op, Department d, int i) {
        if (op == 0) {
            org.departments().create(d.id(), name + " D" + i);
        } else {
            org.members().add(NewMember.named(name + " M" + i).in(d.id()));
        }
    }

    private void changeDepartment(int op, Department d, Department other, int i) {
        if (op == 2) {
            org.departments().rename(d.id(), name + " R" + i);
        } else {
            org.departments().move(d.id(), other.id());
        }
    }

    private void changeMember(int op, Member m, Department d, Department other) {
        switch (op) {
            case 5 -> org.members().resign(List.of(m.id()));
            case 6 -> org.roles().addMembers(org.roles().admin().id(), List.of(m.id()));
            case 7 -> org.departments().setManagers(d.id(), List.of(m.id()));
            case 8 -> org.setLeader(m.id());
            default -> {
                if (random.nextBoolean()) {
                    org.members().update(m.id(), MemberUpdate.create().position("P" + random.nextInt(100)));
                } else {
                    List<DepartmentId> to =
                            List.of(d.id(), other.id()).stream().distinct().toList();
                    org.members().moveTo(m.id(), to, d.id());
                }
            }
        }
    }

    private Department pick(List<Department> depts) {
        return depts.get(random.nextInt(depts.size()));
    }
}
