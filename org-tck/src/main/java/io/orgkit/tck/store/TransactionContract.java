package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.RoleGroup;
import io.orgkit.core.roles.RoleGroupId;
import io.orgkit.core.store.PasswordCredential;
import org.junit.jupiter.api.Test;

/** One write is one transaction: all or nothing. Reads cannot write; transactions do not nest. */
public abstract class TransactionContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected TransactionContract(StoreContractSuite suite) {
        super(suite);
    }

    @Test
    void anExceptionAfterSeveralWritesLeavesNothingAndIsRethrown() {
        Organization org = Fixtures.organization("Acme");
        Department root = Fixtures.root(org.id());
        IllegalStateException boom = new IllegalStateException("boom after writes");

        assertThatThrownBy(() -> write(s -> {
                    s.insertOrganization(org);
                    s.insertDepartment(root);
                    Member bob = Fixtures.withKeys(Fixtures.member("Bob", root), "E1", null, null);
                    s.insertMember(bob);
                    s.insertRoleGroup(new RoleGroup(RoleGroupId.random(), org.id(), "System"));
                    s.saveCredential(org.id(), bob.id(), new PasswordCredential("$2a$hash", true, Fixtures.T0));
                    s.putAttribute(org.id(), "k", "v");
                    throw boom;
                }))
                .isSameAs(boom);

        assertThat(committed().organizations()).isEmpty();
        assertThat(committed().departments(org.id())).isEmpty();
        assertThat(committed().allMembers(org.id(), true)).isEmpty();
        assertThat(committed().roleGroups(org.id())).isEmpty();
        assertThat(committed().attribute(org.id(), "k")).isEmpty();
    }

    @Test
    void aRolledBackUpdateLeavesTheFormerValues() {
        Department root = newOrganizationRoot("Acme");
        Member bob = insert(Fixtures.withKeys(Fixtures.member("Bob", root), "E1", null, null));

        assertThatThrownBy(() -> write(s -> {
                    s.updateMember(Fixtures.renamed(Fixtures.withKeys(bob, "E2", null, null), "Robert"));
                    s.replacePathPrefix(root.orgId(), root.path(), "moved/");
                    throw new IllegalArgumentException("changed my mind");
                }))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(committed().member(root.orgId(), bob.id())).contains(bob);
        assertThat(committed().department(root.orgId(), root.id())).contains(root);
    }

    @Test
    void aReadSessionRefusesWritesAndWritesNothing() {
        Organization org = Fixtures.organization("Acme");

        assertThatThrownBy(() -> read(s -> {
                    s.insertOrganization(org);
                    return null;
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(committed().organizations()).isEmpty();
    }

    @Test
    void aWriteInsideAWriteIsRefused() {
        assertThatThrownBy(() -> write(outer -> store().write(inner -> inner.organizations())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWriteReturnsWhatTheWorkReturns() {
        Organization org = Fixtures.organization("Acme");
        String result = store().write(s -> {
            s.insertOrganization(org);
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(committed().organization(org.id())).contains(org);
    }
}
