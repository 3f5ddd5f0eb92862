package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.NewMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/** Whatever sequence of create / move / merge / delete / add member runs, the tree and the members stay sound. */
class TreePropertiesTest {

    enum Op {
        CREATE,
        MOVE,
        MERGE,
        DELETE,
        ADD_MEMBER
    }

    @Provide
    Arbitrary<List<Tuple3<Op, Integer, Integer>>> operations() {
        return Arbitraries.integers()
                .between(0, 1000)
                .tuple2()
                .flatMap(ab -> Arbitraries.of(Op.class).map(op -> Tuple.of(op, ab.get1(), ab.get2())))
                .list()
                .ofMinSize(1)
                .ofMaxSize(60);
    }

    @Property(tries = 200)
    void randomTreeEditsKeepOneAcyclicTreeAndLoseNoMember(
            @ForAll("operations") List<Tuple3<Op, Integer, Integer>> ops) {
        Fixtures f = new Fixtures();
        Org org = f.acme();
        Set<MemberId> members =
                new HashSet<>(org.members().list().stream().map(Member::id).toList());
        for (Tuple3<Op, Integer, Integer> op : ops) {
            List<Department> all = org.departments().subtree(org.root().id());
            Department a = all.get(op.get2() % all.size());
            Department b = all.get(op.get3() % all.size());
            try {
                switch (op.get1()) {
                    case CREATE -> org.departments().create(a, "D" + op.get3());
                    case MOVE -> org.departments().move(a.id(), b.id());
                    case MERGE -> org.departments().merge(List.of(a.id()), b.id());
                    case DELETE -> org.departments().delete(a.id());
                    case ADD_MEMBER ->
                        members.add(org.members()
                                .add(NewMember.named("M" + op.get2()).in(a.id(), b.id()))
                                .id());
                }
            } catch (OrgKitException refused) {
                // refusals (cycles, self merges, non-empty deletes, depth) are part of the game
            }
            assertSound(org, members);
        }
    }

    private static void assertSound(Org org, Set<MemberId> expectedMembers) {
        List<Department> tree = org.departments().subtree(org.root().id());
        Map<DepartmentId, Department> byId = new HashMap<>();
        tree.forEach(d -> byId.put(d.id(), d));
        assertThat(tree.stream().filter(Department::isRoot)).hasSize(1);
        for (Department d : tree) {
            Set<DepartmentId> seen = new HashSet<>();
            Department cur = d;
            while (!cur.isRoot()) {
                assertThat(seen.add(cur.id()))
                        .as("cycle through %s", cur.name())
                        .isTrue();
                cur = byId.get(cur.parentId());
                assertThat(cur).as("parent of %s exists in the tree", d.name()).isNotNull();
            }
            List<String> path = new ArrayList<>(List.of(d.path().split("/")));
            assertThat(path.get(path.size() - 1)).isEqualTo(d.id().value());
        }
        List<Member> active = org.members().list();
        assertThat(active).extracting(Member::id).containsExactlyInAnyOrderElementsOf(expectedMembers);
        for (Member m : active) {
            assertThat(m.departmentIds()).contains(m.mainDepartmentId()).doesNotHaveDuplicates();
            assertThat(m.departmentIds()).allMatch(byId::containsKey);
        }
    }
}
