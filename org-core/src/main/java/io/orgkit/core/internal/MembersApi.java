package io.orgkit.core.internal;

import io.orgkit.core.Page;
import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.members.MemberRules;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.Members;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.MemberPageQuery;
import io.orgkit.core.store.UniqueKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

final class MembersApi extends OrgScoped implements Members {

    MembersApi(ServiceContext ctx, OrgId org) {
        super(ctx, org);
    }

    @Override
    public Member add(NewMember member) {
        return changeContacts(tx -> ctx.memberWrites().add(tx, org, member, ""));
    }

    @Override
    public List<Member> addAll(List<NewMember> members) {
        return changeContacts(tx -> {
            List<Member> added = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                added.add(ctx.memberWrites().add(tx, org, members.get(i), "members[" + i + "]."));
            }
            return added;
        });
    }

    @Override
    public Member get(MemberId id) {
        return ctx.read(s -> Guard.member(s, org, id));
    }

    @Override
    public Member update(MemberId id, MemberUpdate update) {
        return changeContacts(tx -> {
            Member current = Guard.member(tx.session(), org, id);
            return ctx.memberWrites().update(tx, current, update.applyTo(current));
        });
    }

    @Override
    public Member moveTo(MemberId id, List<DepartmentId> departments, DepartmentId main) {
        if (!departments.contains(main)) {
            throw ValidationException.of("main", "the main department must be one of the member's departments");
        }
        return changeContacts(tx -> {
            Member current = Guard.member(tx.session(), org, id);
            List<DepartmentId> ordered = MemberOps.mainFirst(List.copyOf(new LinkedHashSet<>(departments)), main);
            return ctx.memberWrites().update(tx, current, current.withDepartments(ordered, main));
        });
    }

    @Override
    public List<Member> resign(Collection<MemberId> ids) {
        return changeContacts(tx -> MemberOps.resign(tx, org, ids));
    }

    @Override
    public Member rehire(MemberId id) {
        return changeContacts(tx -> ctx.memberWrites().rehire(tx, Guard.member(tx.session(), org, id), null, null));
    }

    @Override
    public Member rehire(MemberId id, List<DepartmentId> departments, DepartmentId main) {
        if (!departments.contains(main)) {
            throw ValidationException.of("main", "the main department must be one of the member's departments");
        }
        List<DepartmentId> ordered = MemberOps.mainFirst(List.copyOf(new LinkedHashSet<>(departments)), main);
        return changeContacts(tx -> ctx.memberWrites().rehire(tx, Guard.member(tx.session(), org, id), ordered, main));
    }

    @Override
    public Member erase(MemberId id) {
        return change(tx -> {
            Member current = Guard.member(tx.session(), org, id);
            if (current.isActive()) {
                Guard.writable(tx.organization());
            }
            return ctx.memberWrites().erase(tx, current);
        });
    }

    @Override
    public List<Member> list() {
        return ctx.read(s -> s.allMembers(org, false));
    }

    @Override
    public Page<Member> list(@Nullable String cursor, int limit) {
        Cursors.limit(limit);
        return ctx.read(s -> Cursors.members(s, MemberPageQuery.all(org, limit), cursor, limit));
    }

    @Override
    public List<Member> resigned() {
        return ctx.read(s -> s.allMembers(org, true).stream()
                .filter(m -> m.status() == io.orgkit.core.members.MemberStatus.RESIGNED)
                .toList());
    }

    @Override
    public long count() {
        return ctx.read(s -> s.countMembers(org, false));
    }

    @Override
    public Optional<Member> findByEmployeeId(String employeeId) {
        return findByKey(UniqueKey.EMPLOYEE_ID, employeeId);
    }

    @Override
    public Optional<Member> findByPhone(String phone) {
        return findByKey(UniqueKey.PHONE, phone);
    }

    @Override
    public Optional<Member> findByEmail(String email) {
        return findByKey(UniqueKey.EMAIL, email);
    }

    @Override
    public Optional<Member> findByExternalId(String externalId) {
        String id = MemberRules.lookupExternalId(externalId);
        return ctx.read(s -> s.memberByExternalId(org, id));
    }

    private Optional<Member> findByKey(UniqueKey key, String value) {
        String stored = ctx.memberWrites().rules().lookupValue(key, value);
        return ctx.read(s -> s.memberByKey(org, key, stored));
    }
}
