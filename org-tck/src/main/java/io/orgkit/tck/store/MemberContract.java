package io.orgkit.tck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.PlatformAccount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Members, their department links, listings, counts and search. */
public abstract class MemberContract extends StoreContract {

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected MemberContract(StoreContractSuite suite) {
        super(suite);
    }

    @Test
    void aMemberInSeveralDepartmentsReadsBackEqualWithTheMainDepartmentFirst() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, "A", 1));
        Department b = insert(Fixtures.child(root, "B", 2));
        Member bob = insert(Fixtures.withKeys(Fixtures.member("Bob", b, root, a), "E2", "+86 139", "bob@acme.example"));

        Member stored = committed().member(root.orgId(), bob.id()).orElseThrow();
        assertThat(stored).isEqualTo(bob);
        assertThat(stored.departmentIds()).containsExactly(b.id(), root.id(), a.id());
    }

    @Test
    void anUpdateReplacesEveryFieldAndTheDepartmentLinks() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, "A", 1));
        Department b = insert(Fixtures.child(root, "B", 2));
        Member bob = insert(Fixtures.member("Bob", a, root));
        Member changed = Fixtures.withExternalId(
                        Fixtures.withKeys(Fixtures.renamed(bob, "Robert"), "E9", "+1", "r@x.io"), "u-9")
                .withDepartments(List.of(b.id()), b.id())
                .withResignation(Fixtures.T0.plusSeconds(3600));

        write(s -> s.updateMember(changed));

        assertThat(committed().member(root.orgId(), bob.id())).contains(changed);
        assertThat(committed().membersInDepartments(root.orgId(), List.of(a.id(), root.id()), true))
                .isEmpty();
        assertThat(committed().membersInDepartments(root.orgId(), List.of(b.id()), true))
                .containsExactly(changed);
        assertThat(committed().memberByExternalId(root.orgId(), "u-9")).contains(changed);
    }

    @Test
    void thePlatformAccountStateIsStoredChangedAndCleared() {
        Department root = newOrganizationRoot("Acme");
        Member plain = insert(Fixtures.member("Plain", root));
        Member fresh = insert(Fixtures.withAccount(Fixtures.member("Fresh", root), PlatformAccount.NOT_ACTIVATED));

        assertThat(committed().member(root.orgId(), plain.id()).orElseThrow().platformAccount())
                .isNull();
        assertThat(committed().member(root.orgId(), fresh.id()).orElseThrow().platformAccount())
                .isEqualTo(PlatformAccount.NOT_ACTIVATED);

        write(s -> {
            s.updateMember(Fixtures.withAccount(fresh, PlatformAccount.ACTIVATED));
            s.updateMember(Fixtures.withAccount(plain, PlatformAccount.DISABLED));
        });
        assertThat(committed().allMembers(root.orgId(), false))
                .extracting(Member::platformAccount)
                .containsExactly(PlatformAccount.ACTIVATED, PlatformAccount.DISABLED);

        write(s -> s.updateMember(Fixtures.withAccount(fresh, null)));
        assertThat(committed().member(root.orgId(), fresh.id()).orElseThrow().platformAccount())
                .isNull();
    }

    @Test
    void membersByIdLeaveOutUnknownIdsAndComeByName() {
        Department root = newOrganizationRoot("Acme");
        Member zoe = insert(Fixtures.member("Zoe", root));
        Member amy = insert(Fixtures.member("Amy", root));

        assertThat(committed().members(root.orgId(), List.of(zoe.id(), MemberId.random(), amy.id(), zoe.id())))
                .containsExactly(amy, zoe);
        assertThat(committed().member(root.orgId(), MemberId.random())).isEmpty();
    }

    @Test
    void membersOfSeveralDepartmentsComeOnceEach() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, "A", 1));
        Department b = insert(Fixtures.child(root, "B", 2));
        Member both = insert(Fixtures.member("Both", a, b));
        Member onlyA = insert(Fixtures.member("Only A", a));
        insert(Fixtures.member("Elsewhere", root));

        assertThat(committed().membersInDepartments(root.orgId(), List.of(a.id(), b.id()), false))
                .containsExactly(both, onlyA);
    }

    @Test
    void resignedMembersAreListedAndCountedOnlyWhenAskedFor() {
        Department root = newOrganizationRoot("Acme");
        Member active = insert(Fixtures.member("Active", root));
        Member gone = insert(Fixtures.member("Gone", root).withResignation(Fixtures.T0.plusSeconds(60)));

        assertThat(committed().membersInDepartments(root.orgId(), List.of(root.id()), false))
                .containsExactly(active);
        assertThat(committed().membersInDepartments(root.orgId(), List.of(root.id()), true))
                .containsExactly(active, gone);
        assertThat(committed().allMembers(root.orgId(), false)).containsExactly(active);
        assertThat(committed().allMembers(root.orgId(), true)).containsExactly(active, gone);
        assertThat(committed().countMembers(root.orgId(), false)).isEqualTo(1);
        assertThat(committed().countMembers(root.orgId(), true)).isEqualTo(2);
    }

    @Test
    void manyMembersInsertedAtOnceAllReadBackWithTheirLinks() {
        Department root = newOrganizationRoot("Acme");
        Department a = insert(Fixtures.child(root, "A", 1));
        List<Member> many = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            many.add(Fixtures.withKeys(Fixtures.member(String.format("M%05d", i), a, root), "E" + i, null, null));
        }

        write(s -> s.insertMembers(many));

        assertThat(committed().membersInDepartments(root.orgId(), List.of(a.id()), false))
                .containsExactlyElementsOf(many);
        assertThat(committed().countMembers(root.orgId(), false)).isEqualTo(1500);
    }
}
