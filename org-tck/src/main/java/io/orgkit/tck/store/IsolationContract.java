package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.MemberStatus;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import io.orgkit.core.store.UniqueKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Organizations are independent: the same ids and keys in two organizations never meet. */
public abstract class IsolationContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected IsolationContract(StoreContractSuite suite) {
        super(suite);
    }

    private static Member sameLooking(Department dept) {
        return new Member(
                MemberId.of("m-1"),
                dept.orgId(),
                "Bob",
                "E1",
                "+86 1",
                "bob@x.io",
                null,
                List.of(dept.id()),
                dept.id(),
                MemberStatus.ACTIVE,
                null,
                "u-1",
                Fixtures.T0);
    }

    @Test
    void sameLookingIdsAndKeysLiveSideBySideInTwoOrganizations() {
        Department rootA = newOrganizationRoot("A");
        Department rootB = newOrganizationRoot("B");
        Department salesA = insert(Fixtures.child(rootA, DepartmentId.of("sales"), "Sales A", 1, "d-1"));
        Department salesB = insert(Fixtures.child(rootB, DepartmentId.of("sales"), "Sales B", 1, "d-1"));
        Member bobA = insert(sameLooking(salesA));
        Member bobB = insert(sameLooking(salesB));

        assertThat(committed().department(rootA.orgId(), salesA.id())).contains(salesA);
        assertThat(committed().department(rootB.orgId(), salesB.id())).contains(salesB);
        assertThat(committed().member(rootB.orgId(), MemberId.of("m-1"))).contains(bobB);
        assertThat(committed().memberByKey(rootA.orgId(), UniqueKey.EMAIL, "bob@x.io"))
                .contains(bobA);
        assertThat(committed().departmentByExternalId(rootB.orgId(), "d-1")).contains(salesB);
        assertThat(committed().membersInDepartments(rootA.orgId(), List.of(DepartmentId.of("sales")), true))
                .containsExactly(bobA);
    }

    @Test
    void nothingOfOneOrganizationIsVisibleThroughAnother() {
        Department rootA = newOrganizationRoot("A");
        OrgId b = newOrganizationRoot("B").orgId();
        Department sales = insert(Fixtures.child(rootA, DepartmentId.random(), "Sales", 1, "d-1"));
        Member bob = insert(
                Fixtures.withExternalId(Fixtures.withKeys(Fixtures.member("Bob", sales), "E1", null, null), "u-1"));
        RoleGroup g = new RoleGroup(RoleGroupId.random(), rootA.orgId(), "G");
        Role r = new Role(RoleId.random(), rootA.orgId(), g.id(), "R", "key");
        write(s -> {
            s.insertRoleGroup(g);
            s.insertRole(r);
            s.addRoleMembers(rootA.orgId(), r.id(), List.of(bob.id()));
            s.putAttribute(rootA.orgId(), "k", "v");
        });

        assertThat(committed().department(b, sales.id())).isEmpty();
        assertThat(committed().departmentByExternalId(b, "d-1")).isEmpty();
        assertThat(committed().subtree(b, rootA.path())).isEmpty();
        assertThat(committed().member(b, bob.id())).isEmpty();
        assertThat(committed().members(b, List.of(bob.id()))).isEmpty();
        assertThat(committed().memberByExternalId(b, "u-1")).isEmpty();
        assertThat(committed().memberByKey(b, UniqueKey.EMPLOYEE_ID, "E1")).isEmpty();
        assertThat(committed().membersInDepartments(b, List.of(sales.id()), true))
                .isEmpty();
        assertThat(committed().role(b, r.id())).isEmpty();
        assertThat(committed().roleByKey(b, "key")).isEmpty();
        assertThat(committed().roleGroups(b)).isEmpty();
        assertThat(committed().roleMembers(b, r.id())).isEmpty();
        assertThat(committed().rolesOfMember(b, bob.id())).isEmpty();
        assertThat(committed().attribute(b, "k")).isEmpty();
        assertThat(committed().countMembers(b, true)).isZero();
    }

    @Test
    void rewritingPathsInOneOrganizationLeavesTheOtherAlone() {
        Department rootA = newOrganizationRoot("A");
        Department rootB = newOrganizationRoot("B");
        Department a = insert(Fixtures.child(rootA, DepartmentId.of("x"), "X", 1, null));
        Department b = insert(Fixtures.child(rootB, DepartmentId.of("x"), "X", 1, null));

        int changed = store().write(s -> s.replacePathPrefix(rootA.orgId(), "", "moved/"));

        assertThat(changed).isEqualTo(2);
        assertThat(committed().department(rootB.orgId(), b.id())).contains(b);
        assertThat(committed().department(rootA.orgId(), a.id()).orElseThrow().path())
                .startsWith("moved/");
    }
}
