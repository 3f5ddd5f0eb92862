package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.store.UniqueKey;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Employee id, phone, email and external id are unique within an organization; the store refuses duplicates.
 * Keys are compared in their {@link UniqueKey#canonical} form (employee IDs case-insensitively).
 */
public abstract class MemberKeyContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected MemberKeyContract(StoreContractSuite suite) {
        super(suite);
    }

    @Test
    void aMemberIsFoundByEachKeyComparedExactly() {
        Department root = newOrganizationRoot("Acme");
        Member bob = insert(Fixtures.withKeys(Fixtures.member("Bob", root), "E1", "+86 1", "bob@acme.example"));

        assertThat(committed().memberByKey(root.orgId(), UniqueKey.EMPLOYEE_ID, "E1"))
                .contains(bob);
        assertThat(committed().memberByKey(root.orgId(), UniqueKey.PHONE, "+86 1"))
                .contains(bob);
        assertThat(committed().memberByKey(root.orgId(), UniqueKey.EMAIL, "bob@acme.example"))
                .contains(bob);
        assertThat(committed().memberByKey(root.orgId(), UniqueKey.EMAIL, "BOB@acme.example"))
                .isEmpty();
        assertThat(committed().memberByKey(root.orgId(), UniqueKey.EMPLOYEE_ID, "E2"))
                .isEmpty();
    }

    @Test
    void employeeIdsAreFoundAndUniqueInTheirCanonicalFormCaseInsensitively() {
        Department root = newOrganizationRoot("Acme");
        Member bob = insert(Fixtures.withKeys(Fixtures.member("Bob", root), "E\u00C9001", null, null));

        assertThat(committed().memberByKey(root.orgId(), UniqueKey.EMPLOYEE_ID, "e\u00E9001"))
                .contains(bob);
        assertThat(committed().memberByKey(root.orgId(), UniqueKey.EMPLOYEE_ID, "EE\u0301001"))
                .as("NFC")
                .contains(bob);
        assertThat(committed().member(root.orgId(), bob.id()))
                .map(Member::employeeId)
                .contains("E\u00C9001");
        assertThatThrownBy(() -> insert(Fixtures.withKeys(Fixtures.member("Twin", root), "e\u00E9001", null, null)))
                .as("the store refuses a second member with the same canonical ID")
                .isInstanceOf(ConflictException.class);
        write(s -> s.updateMember(Fixtures.withKeys(bob, "e\u00E9001", null, null)));
        assertThat(committed().memberByKey(root.orgId(), UniqueKey.EMPLOYEE_ID, "E\u00C9001"))
                .map(Member::employeeId)
                .contains("e\u00E9001");
    }

    @Test
    void aSecondMemberWithTheSameEmployeeIdIsAConflict() {
        assertSecondInsertRefused("E1", null, null);
    }

    @Test
    void aSecondMemberWithTheSamePhoneIsAConflict() {
        assertSecondInsertRefused(null, "+86 138 0013 8000", null);
    }

    @Test
    void aSecondMemberWithTheSameEmailIsAConflict() {
        assertSecondInsertRefused(null, null, "same@acme.example");
    }

    private void assertSecondInsertRefused(
            @Nullable String employeeId, @Nullable String phone, @Nullable String email) {
        Department root = newOrganizationRoot("Acme");
        Member first = insert(Fixtures.withKeys(Fixtures.member("First", root), employeeId, phone, email));
        Member second = Fixtures.withKeys(Fixtures.member("Second", root), employeeId, phone, email);

        assertThatThrownBy(() -> insert(second)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> insert(second)).isInstanceOf(ConflictException.class);
        assertThat(committed().allMembers(root.orgId(), true)).containsExactly(first);
    }

    @Test
    void aResignedMemberKeepsItsKeys() {
        Department root = newOrganizationRoot("Acme");
        insert(Fixtures.withKeys(Fixtures.member("Gone", root), "E1", null, null)
                .withResignation(Fixtures.T0));

        assertThatThrownBy(() -> insert(Fixtures.withKeys(Fixtures.member("New", root), "E1", null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void membersWithoutKeysDoNotClash() {
        Department root = newOrganizationRoot("Acme");
        insert(Fixtures.member("One", root));
        insert(Fixtures.member("Two", root));

        assertThat(committed().countMembers(root.orgId(), true)).isEqualTo(2);
    }

    @Test
    void anUpdateTakingAnotherMembersKeyIsAConflictAndChangesNothing() {
        Department root = newOrganizationRoot("Acme");
        Member a = insert(Fixtures.withKeys(Fixtures.member("A", root), "E1", null, "a@x.io"));
        Member b = insert(Fixtures.withKeys(Fixtures.member("B", root), "E2", null, "b@x.io"));

        assertThatThrownBy(() -> write(s -> s.updateMember(Fixtures.withKeys(b, "E2", null, "a@x.io"))))
                .isInstanceOf(ConflictException.class);
        assertThat(committed().member(root.orgId(), b.id())).contains(b);
        assertThat(committed().memberByKey(root.orgId(), UniqueKey.EMAIL, "a@x.io"))
                .contains(a);
    }

    @Test
    void aKeyGivenUpByAnUpdateIsFreeForAnotherMember() {
        Department root = newOrganizationRoot("Acme");
        Member a = insert(Fixtures.withKeys(Fixtures.member("A", root), "E1", null, null));
        write(s -> s.updateMember(Fixtures.withKeys(a, "E1-old", null, null)));

        Member b = insert(Fixtures.withKeys(Fixtures.member("B", root), "E1", null, null));

        assertThat(committed().memberByKey(root.orgId(), UniqueKey.EMPLOYEE_ID, "E1"))
                .contains(b);
    }

    @Test
    void aSecondMemberWithTheSameExternalIdIsAConflict() {
        Department root = newOrganizationRoot("Acme");
        Member first = insert(Fixtures.withExternalId(Fixtures.member("First", root), "u-1"));

        assertThatThrownBy(() -> insert(Fixtures.withExternalId(Fixtures.member("Second", root), "u-1")))
                .isInstanceOf(ConflictException.class);
        assertThat(committed().memberByExternalId(root.orgId(), "u-1")).contains(first);
    }

    @Test
    void aSecondMemberWithTheSameIdIsAConflict() {
        Department root = newOrganizationRoot("Acme");
        Member first = insert(Fixtures.member("First", root));

        assertThatThrownBy(() -> insert(Fixtures.renamed(first, "Again"))).isInstanceOf(ConflictException.class);
        assertThat(committed().allMembers(root.orgId(), true)).containsExactly(first);
    }

    @Test
    void aBatchWithADuplicateKeyIsAConflictAndInsertsNone() {
        Department root = newOrganizationRoot("Acme");
        List<Member> batch = List.of(
                Fixtures.withKeys(Fixtures.member("A", root), null, null, "dup@x.io"),
                Fixtures.withKeys(Fixtures.member("B", root), null, null, "dup@x.io"));

        assertThatThrownBy(() -> write(s -> s.insertMembers(batch))).isInstanceOf(ConflictException.class);
        assertThat(committed().countMembers(root.orgId(), true)).isZero();
    }
}
