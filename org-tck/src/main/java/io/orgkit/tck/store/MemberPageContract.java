package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import io.orgkit.core.store.MemberPageQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Keyset pages of active members ({@code memberPage}): (name, id) order, ties broken by id, each scope, and a walk
 * that other writers change between pages gives every member present throughout exactly once.
 */
public abstract class MemberPageContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected MemberPageContract(StoreContractSuite suite) {
        super(suite);
    }

    private static final Comparator<Member> ORDER =
            Comparator.comparing(Member::name).thenComparing(m -> m.id().value());

    /** Every page of {@code scope}, {@code size} at a time, running {@code between} after each page. */
    private List<Member> walk(MemberPageQuery scope, int size, Function<Integer, Void> between) {
        List<Member> seen = new ArrayList<>();
        MemberPageQuery q = scope;
        for (int page = 0; page < 1000; page++) {
            List<Member> got = committed().memberPage(q);
            assertThat(got.size()).isLessThanOrEqualTo(size);
            seen.addAll(got);
            between.apply(page);
            if (got.size() < size) {
                return seen;
            }
            Member last = got.get(got.size() - 1);
            q = q.after(last.name(), last.id());
        }
        throw new AssertionError("the walk did not end");
    }

    @Test
    void pagesGiveActiveMembersByNameThenIdEachOnceAndTiesDoNotLoseAnyone() {
        Department root = newOrganizationRoot("Acme");
        List<Member> active = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            active.add(insert(Fixtures.member(i % 2 == 0 ? "Same" : "Name " + (7 - i), root)));
        }
        insert(Fixtures.member("Gone", root).withResignation(Fixtures.T0));

        List<Member> seen = walk(MemberPageQuery.all(root.orgId(), 3), 3, p -> null);

        assertThat(seen).containsExactlyElementsOf(active.stream().sorted(ORDER).toList());
    }

    @Test
    void pagesOfADepartmentASubtreeAndARoleKeepToTheirScope() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, "A", 1));
        Department a1 = insert(Fixtures.child(a, "A1", 1));
        Department b = insert(Fixtures.child(root, "B", 2));
        Member inA = insert(Fixtures.member("In A", a));
        Member inA1 = insert(Fixtures.member("In A1", a1, b));
        Member inB = insert(Fixtures.member("In B", b));
        insert(Fixtures.member("Gone from A", a).withResignation(Fixtures.T0));
        RoleGroup g = new RoleGroup(RoleGroupId.random(), root.orgId(), "G");
        Role r = new Role(RoleId.random(), root.orgId(), g.id(), "R", null);
        write(s -> {
            s.insertRoleGroup(g);
            s.insertRole(r);
            s.addRoleMembers(root.orgId(), r.id(), List.of(inA.id(), inB.id()));
        });

        MemberPageQuery all = MemberPageQuery.all(root.orgId(), 2);
        assertThat(walk(all.inDepartment(a.id()), 2, p -> null)).containsExactly(inA);
        assertThat(walk(all.inSubtree(a.path()), 2, p -> null)).containsExactly(inA, inA1);
        assertThat(walk(all.inDepartment(b.id()), 2, p -> null)).containsExactly(inA1, inB);
        assertThat(walk(all.withRole(r.id()), 2, p -> null)).containsExactly(inA, inB);
        assertThat(committed().memberPage(MemberPageQuery.all(root.orgId(), 10).after("In A1", inA1.id())))
                .containsExactly(inB);
    }

    @Test
    void aWalkWhileOthersAddAndResignMembersGivesEveryoneWhoStaysExactlyOnce() {
        Department root = newOrganizationRoot("Acme");
        List<Member> stay = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stay.add(insert(Fixtures.member(String.format("M%02d", i), root)));
        }
        Member leaving = insert(Fixtures.member("M10b", root));
        List<MemberId> added = new ArrayList<>();

        List<Member> seen = walk(MemberPageQuery.all(root.orgId(), 4), 4, page -> {
            // between pages: one member sorting before everything, one after, one in the middle; one resigns
            for (String name : List.of("A" + page, "Z" + page, "M10a" + page)) {
                added.add(insert(Fixtures.member(name, root)).id());
            }
            if (page == 1) {
                write(s -> s.updateMember(leaving.withResignation(Fixtures.T0)));
            }
            return null;
        });

        List<Member> fromBefore = seen.stream()
                .filter(m -> !added.contains(m.id()) && !m.id().equals(leaving.id()))
                .toList();
        assertThat(fromBefore).containsExactlyElementsOf(stay);
        assertThat(seen).doesNotHaveDuplicates().isSortedAccordingTo(ORDER);
    }
}
