package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.roles.RoleId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Role groups, roles and role members. */
public abstract class RoleContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected RoleContract(StoreContractSuite suite) {
        super(suite);
    }

    private RoleGroup group(OrgId org, String name) {
        RoleGroup g = new RoleGroup(RoleGroupId.random(), org, name);
        write(s -> s.insertRoleGroup(g));
        return g;
    }

    private Role role(RoleGroup g, String name, @org.jspecify.annotations.Nullable String key) {
        Role r = new Role(RoleId.random(), g.orgId(), g.id(), name, key);
        write(s -> s.insertRole(r));
        return r;
    }

    @Test
    void roleGroupsAreStoredUpdatedListedByNameAndDeleted() {
        OrgId org = newOrganizationRoot("Acme").orgId();
        RoleGroup sales = group(org, "Sales");
        RoleGroup system = group(org, "System");
        RoleGroup renamed = new RoleGroup(sales.id(), org, "Account management");

        write(s -> s.updateRoleGroup(renamed));
        assertThat(committed().roleGroups(org)).containsExactly(renamed, system);
        assertThat(committed().roleGroup(org, sales.id())).contains(renamed);

        write(s -> s.deleteRoleGroup(org, system.id()));
        assertThat(committed().roleGroups(org)).containsExactly(renamed);
    }

    @Test
    void rolesAreStoredFoundByKeyUpdatedAndListedByName() {
        OrgId org = newOrganizationRoot("Acme").orgId();
        RoleGroup g = group(org, "System");
        Role admin = role(g, "Administrator", Role.ADMIN);
        Role auditor = role(g, "Auditor", null);

        assertThat(committed().roleByKey(org, Role.ADMIN)).contains(admin);
        assertThat(committed().roles(org)).containsExactly(admin, auditor);
        Role renamed = auditor.withName("Accountant");
        write(s -> s.updateRole(renamed));
        assertThat(committed().roles(org)).containsExactly(renamed, admin);
        assertThat(committed().role(org, auditor.id())).contains(renamed);
    }

    @Test
    void aSecondRoleWithTheSameKeyOrIdIsAConflict() {
        OrgId org = newOrganizationRoot("Acme").orgId();
        RoleGroup g = group(org, "System");
        Role admin = role(g, "Administrator", Role.ADMIN);

        assertThatThrownBy(() -> role(g, "Admin 2", Role.ADMIN)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> write(s -> s.insertRole(admin.withName("Copy"))))
                .isInstanceOf(ConflictException.class);
        assertThat(committed().roles(org)).containsExactly(admin);
    }

    @Test
    void roleMembersAreAddedOnceRemovedAndListedBothWays() {
        Department root = newOrganizationRoot("Acme");
        OrgId org = root.orgId();
        RoleGroup g = group(org, "System");
        Role admin = role(g, "Administrator", Role.ADMIN);
        Role auditor = role(g, "Auditor", null);
        MemberId bob = insert(Fixtures.member("Bob", root)).id();
        MemberId amy = insert(Fixtures.member("Amy", root)).id();

        write(s -> s.addRoleMembers(org, admin.id(), List.of(bob, amy)));
        write(s -> s.addRoleMembers(org, admin.id(), List.of(bob)));
        write(s -> s.addRoleMembers(org, auditor.id(), List.of(bob)));
        assertThat(committed().roleMembers(org, admin.id())).containsExactlyInAnyOrder(bob, amy);
        assertThat(committed().rolesOfMember(org, bob)).containsExactlyInAnyOrder(admin.id(), auditor.id());

        write(s -> s.removeRoleMembers(org, admin.id(), List.of(amy, MemberId.random())));
        assertThat(committed().roleMembers(org, admin.id())).containsExactlyInAnyOrder(bob);
        write(s -> s.removeMemberFromAllRoles(org, bob));
        assertThat(committed().rolesOfMember(org, bob)).isEmpty();
    }

    @Test
    void aDeletedRoleTakesItsMemberLinksAlong() {
        Department root = newOrganizationRoot("Acme");
        RoleGroup g = group(root.orgId(), "Sales");
        Role seller = role(g, "Seller", null);
        MemberId bob = insert(Fixtures.member("Bob", root)).id();
        write(s -> s.addRoleMembers(root.orgId(), seller.id(), List.of(bob)));

        write(s -> s.deleteRole(root.orgId(), seller.id()));

        assertThat(committed().role(root.orgId(), seller.id())).isEmpty();
        assertThat(committed().roleMembers(root.orgId(), seller.id())).isEmpty();
        assertThat(committed().rolesOfMember(root.orgId(), bob)).isEmpty();
    }
}
