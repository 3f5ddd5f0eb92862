package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.MemberId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The department tree: children order, subtrees by path, path rewrites, external ids. */
public abstract class DepartmentContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected DepartmentContract(StoreContractSuite suite) {
        super(suite);
    }

    @Test
    void anInsertedDepartmentReadsBackEqualWithItsManagers() {
        Department root = newOrganizationRoot("Acme");
        Department rnd = Fixtures.child(root, "R&D", 1).withManagers(List.of(MemberId.of("m-2"), MemberId.of("m-1")));
        insert(rnd);

        assertThat(committed().department(root.orgId(), rnd.id())).contains(rnd);
        assertThat(committed().department(root.orgId(), root.id())).contains(root);
    }

    @Test
    void childrenComeByOrderThenNameThenId() {
        Department root = newOrganizationRoot("Acme");
        Department b = insert(Fixtures.child(root, "Beta", 2));
        Department a2 = insert(Fixtures.child(root, "Alpha", 2));
        Department z = insert(Fixtures.child(root, "Zeta", 1));
        insert(Fixtures.child(b, "Grandchild", 0));

        assertThat(committed().children(root.orgId(), root.id())).containsExactly(z, a2, b);
    }

    @Test
    void aSubtreeIsTheDepartmentAndEverythingUnderItByDepthThenOrder() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, "A", 1));
        Department b = insert(Fixtures.child(root, "B", 2));
        Department a1 = insert(Fixtures.child(a, "A1", 1));
        Department a11 = insert(Fixtures.child(a1, "A11", 1));

        assertThat(committed().subtree(root.orgId(), a.path())).containsExactly(a, a1, a11);
        assertThat(committed().departments(root.orgId())).containsExactly(root, a, b, a1, a11);
    }

    @Test
    void aSubtreeTakesPathsLiterallyWithoutWildcardsOrPartialIds() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, DepartmentId.of("a"), "A", 1, null));
        Department ab = insert(Fixtures.child(root, DepartmentId.of("ab"), "AB", 2, null));
        Department wild = insert(Fixtures.child(a, DepartmentId.of("a_%"), "Wild", 1, null));
        Department ax = insert(Fixtures.child(a, DepartmentId.of("ax"), "AX", 2, null));

        assertThat(committed().subtree(root.orgId(), a.path())).containsExactly(a, wild, ax);
        assertThat(committed().subtree(root.orgId(), wild.path())).containsExactly(wild);
        assertThat(committed().subtree(root.orgId(), ab.path())).containsExactly(ab);
    }

    @Test
    void anUpdateReplacesNameOrderParentPathExternalIdAndManagers() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, "A", 1));
        Department b = insert(Fixtures.child(root, "B", 2));
        Department moved = new Department(
                b.id(), b.orgId(), a.id(), "B moved", 7, a.path() + b.id() + "/", "ext-b", List.of(MemberId.of("m-9")));

        write(s -> s.updateDepartment(moved));

        assertThat(committed().department(root.orgId(), b.id())).contains(moved);
        assertThat(committed().departmentByExternalId(root.orgId(), "ext-b")).contains(moved);
        assertThat(committed().children(root.orgId(), a.id())).containsExactly(moved);
    }

    @Test
    void replacingAPathPrefixMovesTheWholeSubtreeAndCountsIt() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, "A", 1));
        Department b = insert(Fixtures.child(root, "B", 2));
        Department a1 = insert(Fixtures.child(a, "A1", 1));
        Department a11 = insert(Fixtures.child(a1, "A11", 1));
        String newPrefix = b.path() + a.id() + "/";

        int changed = store().write(s -> s.replacePathPrefix(root.orgId(), a.path(), newPrefix));

        assertThat(changed).isEqualTo(3);
        assertThat(committed().department(root.orgId(), a11.id()).orElseThrow().path())
                .isEqualTo(newPrefix + a1.id() + "/" + a11.id() + "/");
        assertThat(committed().subtree(root.orgId(), b.path()))
                .extracting(Department::id)
                .containsExactly(b.id(), a.id(), a1.id(), a11.id());
        assertThat(committed().department(root.orgId(), a1.id()).orElseThrow().parentId())
                .isEqualTo(a.id());
    }

    @Test
    void aDeletedDepartmentIsGoneAndItsExternalIdIsFreeAgain() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, DepartmentId.random(), "A", 1, "ext-1"));

        write(s -> s.deleteDepartment(root.orgId(), a.id()));

        assertThat(committed().department(root.orgId(), a.id())).isEmpty();
        assertThat(committed().departmentByExternalId(root.orgId(), "ext-1")).isEmpty();
        Department again = insert(Fixtures.child(root, DepartmentId.random(), "A again", 1, "ext-1"));
        assertThat(committed().departmentByExternalId(root.orgId(), "ext-1")).contains(again);
    }

    @Test
    void aDuplicateIdOrExternalIdIsAConflictAndNothingChanges() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, DepartmentId.random(), "A", 1, "ext-1"));

        assertThatThrownBy(() -> insert(a.withName("Again"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> insert(Fixtures.child(root, DepartmentId.random(), "B", 2, "ext-1")))
                .isInstanceOf(ConflictException.class);
        assertThat(committed().departments(root.orgId())).containsExactly(root, a);
    }

    @Test
    void manyDepartmentsInsertedAtOnceAllReadBack() {
        Department root = newOrganizationRoot("Acme");
        List<Department> many = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(Fixtures.child(root, DepartmentId.random(), "D" + i, i, "x-" + i));
        }

        write(s -> s.insertDepartments(many));

        assertThat(committed().children(root.orgId(), root.id())).containsExactlyElementsOf(many);
        assertThat(committed().departmentByExternalId(root.orgId(), "x-17")).contains(many.get(17));
    }

    @Test
    void aBatchWithADuplicateExternalIdIsAConflictAndInsertsNone() {
        Department root = newOrganizationRoot("Acme");
        List<Department> batch = List.of(
                Fixtures.child(root, DepartmentId.random(), "A", 1, "same"),
                Fixtures.child(root, DepartmentId.random(), "B", 2, "same"));

        assertThatThrownBy(() -> write(s -> s.insertDepartments(batch))).isInstanceOf(ConflictException.class);
        assertThat(committed().departments(root.orgId())).containsExactly(root);
    }
}
