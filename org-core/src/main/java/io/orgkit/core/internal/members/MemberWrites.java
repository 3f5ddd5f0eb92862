package io.orgkit.core.internal.members;

import io.orgkit.core.ConflictException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.internal.Guard;
import io.orgkit.core.internal.MemberOps;
import io.orgkit.core.internal.Quote;
import io.orgkit.core.internal.Tx;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.members.PlatformAccount;
import io.orgkit.core.organizations.OrgId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one member write path. The members API, import, full sync and single remote changes write members only
 * through it: fields are normalized and validated by {@link #rules()}, uniqueness is {@link MemberKeys}', the
 * store is written and the events raised here, and data derived from a member is computed here once per write
 * ({@link #derived}). Single writes check their unique values against the store; bulk writes
 * ({@link #insertChecked}, {@link #updateChecked}) take members a caller has already checked as a batch with
 * {@link MemberKeys#canonical} and {@link MemberKeys#usedBy}, and keep store calls batched.
 * It does not check whether the organization is read-only (callers do).
 */
public final class MemberWrites {
    private final MemberRules rules;

    public MemberWrites(MemberRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The field rules of every member write. */
    public MemberRules rules() {
        return rules;
    }

    /**
     * Adds a member (the API, a new user joining, an organization's leader); field names prefixed with
     * {@code prefix}.
     *
     * @throws io.orgkit.core.ValidationException for a bad field or department
     * @throws io.orgkit.core.ConflictException   for an employee ID, phone or email another member holds
     */
    public Member add(Tx tx, OrgId org, NewMember member, String prefix) {
        return insert(tx, rules.draft(org, member, Guard.rootId(org), prefix, null, tx.now()), prefix);
    }

    /** Inserts a drafted member after checking its departments and unique values against the store. */
    public Member insert(Tx tx, Member draft, String prefix) {
        Member m = rules.normalize(draft);
        MemberOps.checkDepartments(tx.session(), m.orgId(), m.departmentIds());
        MemberKeys.check(tx.session(), m, prefix, true);
        insertChecked(tx, List.of(m));
        return m;
    }

    /**
     * Stores {@code changed} (normalized) in place of {@code current}: nothing when equal, else after checking its
     * departments and unique values against the store.
     *
     * @throws io.orgkit.core.ValidationException for a bad field or department
     * @throws io.orgkit.core.ConflictException   for an employee ID, phone or email another member holds, or an
     *     erased member (field {@code status})
     */
    public Member update(Tx tx, Member current, Member changed) {
        if (current.status() == MemberStatus.ERASED) {
            throw ConflictException.onField(
                    "status", "member " + current.id() + " was erased; its record cannot be changed");
        }
        Member m = rules.normalize(changed);
        if (m.equals(current)) {
            return current;
        }
        MemberOps.checkDepartments(tx.session(), m.orgId(), m.departmentIds());
        MemberKeys.check(tx.session(), m, "");
        updateChecked(tx, current, m);
        return m;
    }

    /**
     * Re-hires a resigned member: the same record (id, employee ID, phone, email, creation time) becomes active
     * again, in {@code departments} when given, else in the departments it had. Raises {@code MemberReactivated}
     * (and {@code MemberUpdated} when the departments change). Its account password stays disabled until one is set.
     *
     * @param departments the departments to come back to (main first), or null for the ones it had
     * @throws io.orgkit.core.ConflictException   when the member is not resigned (field {@code status})
     * @throws io.orgkit.core.ValidationException for an unknown department
     */
    public Member rehire(Tx tx, Member current, @Nullable List<DepartmentId> departments, @Nullable DepartmentId main) {
        if (current.status() != MemberStatus.RESIGNED) {
            throw ConflictException.onField(
                    "status",
                    Quote.of(current.name()) + " is " + current.status().name().toLowerCase(Locale.ROOT)
                            + "; only a resigned member can be re-hired");
        }
        Member back = current.asActive();
        if (departments != null && main != null) {
            back = back.withDepartments(departments, main);
        }
        return update(tx, current, back);
    }

    /**
     * Erases a member's personal data for good: an active member resigns first (with its events: roles and posts
     * left, password disabled), then the record keeps only its id, dates and departments (name {@link
     * Member#ERASED_NAME}; employee ID, phone, email, position, external id and account state cleared; status
     * {@link MemberStatus#ERASED}), its credential and search terms are deleted, and the feed's earlier entries of the
     * member lose its name. Raises {@code MemberErased}. An erased member is left as it is (no event).
     *
     * @return the member as stored
     */
    public Member erase(Tx tx, Member current) {
        if (current.status() == MemberStatus.ERASED) {
            return current;
        }
        Member m = current.isActive()
                ? MemberOps.resign(tx, current.orgId(), List.of(current.id())).get(0)
                : current;
        Member erased = new Member(
                m.id(),
                m.orgId(),
                Member.ERASED_NAME,
                null,
                null,
                null,
                null,
                m.departmentIds(),
                m.mainDepartmentId(),
                MemberStatus.ERASED,
                m.resignedAt() != null ? m.resignedAt() : tx.now(),
                null,
                m.createdAt(),
                null);
        tx.session().updateMember(erased);
        tx.search().member(erased);
        tx.session().deleteCredential(erased.orgId(), erased.id());
        tx.scrubFeed(erased.id(), Member.ERASED_NAME);
        tx.emit(new OrgEvent.MemberErased(erased.orgId(), tx.now(), erased.id()));
        return erased;
    }

    /** Bulk insert of members already normalized and checked as a batch: one store call, their events. */
    public void insertChecked(Tx tx, Collection<Member> members) {
        if (members.isEmpty()) {
            return;
        }
        List<Member> stored = derived(members);
        tx.session().insertMembers(stored);
        tx.search().members(stored);
        for (Member m : stored) {
            tx.emit(new OrgEvent.MemberAdded(m.orgId(), tx.now(), m.id(), m.name()));
        }
    }

    /**
     * Stores a member already normalized and checked (in place of {@code before}), with its events: reactivated
     * when it was resigned and is active now; updated when a field or a department changed.
     */
    public void updateChecked(Tx tx, Member before, Member after) {
        Member m = derived(List.of(after)).get(0);
        tx.session().updateMember(m);
        tx.search().member(m);
        if (!before.isActive() && m.isActive()) {
            tx.emit(new OrgEvent.MemberReactivated(m.orgId(), tx.now(), m.id()));
        }
        if (!sameFields(before, m)) {
            tx.emit(new OrgEvent.MemberUpdated(m.orgId(), tx.now(), m.id()));
        }
    }

    /**
     * Stores {@code before} with each unique value that changes in {@code after} cleared, no event: the first step
     * of a batch in which values move between members (two swapped emails never clash on the way).
     */
    public void releaseKeys(Tx tx, Member before, Member after) {
        tx.session()
                .updateMember(new Member(
                        before.id(),
                        before.orgId(),
                        before.name(),
                        Objects.equals(before.employeeId(), after.employeeId()) ? before.employeeId() : null,
                        Objects.equals(before.phone(), after.phone()) ? before.phone() : null,
                        Objects.equals(before.email(), after.email()) ? before.email() : null,
                        before.position(),
                        before.departmentIds(),
                        before.mainDepartmentId(),
                        before.status(),
                        before.resignedAt(),
                        before.externalId(),
                        before.createdAt(),
                        before.platformAccount()));
    }

    /**
     * The members as they are stored, with the data derived from their fields: the one place such data is computed,
     * once per write, for every path. Search terms are derived from what this returns by the transaction's
     * {@code tx.search()} right after each store write; nothing else is derived yet, so the members are stored as
     * given.
     */
    private static List<Member> derived(Collection<Member> members) {
        return new ArrayList<>(members);
    }

    private static boolean sameFields(Member a, Member b) {
        return a.name().equals(b.name())
                && Objects.equals(a.employeeId(), b.employeeId())
                && Objects.equals(a.phone(), b.phone())
                && Objects.equals(a.email(), b.email())
                && Objects.equals(a.position(), b.position())
                && a.departmentIds().equals(b.departmentIds())
                && a.mainDepartmentId().equals(b.mainDepartmentId())
                && !accountChanged(a, b);
    }

    /**
     * Whether the platform account state changed (an update: activated, disabled, enabled again). A first state for
     * a member stored before states were kept is not a change.
     */
    public static boolean accountChanged(Member before, Member after) {
        PlatformAccount a = before.platformAccount();
        PlatformAccount b = after.platformAccount();
        return a != null && b != null && a != b;
    }
}
