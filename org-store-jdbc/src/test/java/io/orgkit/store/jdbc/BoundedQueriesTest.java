package io.orgkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.StoreSession;
import io.orgkit.tck.store.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listings take a number of statements that does not grow with the rows listed (no query per member). */
class BoundedQueriesTest {
    private static final int MEMBERS = 2_500;
    private static final int DEPARTMENTS = 2_500;

    private final JdbcConnectionPool pool = TestDatabases.h2Memory();
    private final AtomicInteger prepared = new AtomicInteger();
    private final JdbcStore store = JdbcStore.of(FakeDataSources.counting(pool, prepared));
    private final Organization org = Fixtures.organization("Acme");
    private final Department root = Fixtures.root(org.id());
    private final Department big = Fixtures.child(root, "Big", 1);
    private final List<Department> tree = new ArrayList<>();

    @BeforeEach
    void fill() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(Fixtures.member("M" + i, big, root));
        }
        Department parent = Fixtures.child(root, "Tree", 2);
        tree.add(parent);
        for (int i = 1; i < DEPARTMENTS; i++) {
            tree.add(Fixtures.child(i % 50 == 0 ? tree.get(i - 1) : parent, DepartmentId.random(), "T" + i, i, null));
        }
        store.write(s -> {
            s.insertOrganization(org);
            s.insertDepartments(List.of(root, big));
            s.insertDepartments(tree);
            s.insertMembers(members);
            return null;
        });
    }

    @AfterEach
    void closePool() {
        pool.dispose();
    }

    private int statements(Runnable work) {
        prepared.set(0);
        work.run();
        return prepared.get();
    }

    @Test
    void listingADepartmentOfThousandsOfMembersTakesTwoQueries() {
        List<Member> listed = new ArrayList<>();
        int n = statements(() -> listed.addAll(
                store.read((StoreSession s) -> s.membersInDepartments(org.id(), List.of(big.id()), false))));

        assertThat(listed)
                .hasSize(MEMBERS)
                .allSatisfy(m -> assertThat(m.departmentIds()).hasSize(2));
        assertThat(n).isEqualTo(2);
    }

    @Test
    void readingASubtreeOfThousandsOfDepartmentsTakesOneQuery() {
        List<Department> listed = new ArrayList<>();
        int n = statements(() -> listed.addAll(
                store.read((StoreSession s) -> s.subtree(org.id(), tree.get(0).path()))));

        assertThat(listed).hasSize(DEPARTMENTS);
        assertThat(n).isEqualTo(1);
    }

    @Test
    void membersOfAWholeSubtreeTakeTwoQueriesPerThousandDepartments() {
        List<DepartmentId> ids =
                new ArrayList<>(tree.stream().map(Department::id).toList());
        ids.add(big.id());
        List<Member> listed = new ArrayList<>();
        int n = statements(
                () -> listed.addAll(store.read((StoreSession s) -> s.membersInDepartments(org.id(), ids, false))));

        assertThat(listed).hasSize(MEMBERS);
        assertThat(n).isLessThanOrEqualTo(2 * 3);
    }

    @Test
    void movingASubtreeRewritesItsPathsInOneStatement() {
        Department target = big;
        String oldPrefix = tree.get(0).path();
        String newPrefix = target.path() + tree.get(0).id() + "/";
        int[] changed = new int[1];
        int n = statements(() -> changed[0] = store.write(s -> s.replacePathPrefix(org.id(), oldPrefix, newPrefix)));

        assertThat(changed[0]).isEqualTo(DEPARTMENTS);
        assertThat(n).isEqualTo(1);
        assertThat(store.read((StoreSession s) -> s.subtree(org.id(), target.path())))
                .hasSize(DEPARTMENTS + 1);
    }
}
