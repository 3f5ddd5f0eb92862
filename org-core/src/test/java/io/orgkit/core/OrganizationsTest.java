package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.accounts.SignInResult;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.organizations.GenericOrganization;
import io.orgkit.core.organizations.LeaderCandidates;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.organizations.NewUser;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.roles.Role;
import io.orgkit.core.spi.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationsTest {
    private final Fixtures f = new Fixtures();

    @Test
    void theDefaultOrganizationIsCreatedOnceAndItsCreatorLeadsIt() {
        Org first = f.acme();
        Org second = f.service.ensureDefault(new Creator("Someone Else", null));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(f.service.list()).hasSize(1);
        Organization info = first.info();
        assertThat(info.isDefault()).isTrue();
        assertThat(info.allowJoin()).isTrue();
        Member leader = first.members().get(info.leaderId());
        assertThat(leader.name()).isEqualTo("Alice Zhang");
        assertThat(leader.phone()).isEqualTo("+8613800138000");
        assertThat(first.roles().rolesOf(leader.id())).extracting(Role::key).containsExactly(Role.ADMIN);
    }

    @Test
    void aGenericOrganizationStoresOnlyABcryptHashOfTheDefaultPasswordAndFlagsItMustChange() {
        Org org = f.service.create(GenericOrganization.named("Beta", "Bo Wang").build());
        Member leader = org.members().get(org.info().leaderId());

        assertThat(org.accounts().signIn(leader.id(), "admin123".toCharArray()))
                .isEqualTo(SignInResult.MUST_CHANGE_PASSWORD);
        assertThat(org.accounts().signIn(leader.id(), "admin124".toCharArray())).isEqualTo(SignInResult.INVALID);
        assertThat(org.accounts().mustChangePassword(leader.id())).isTrue();
        String stored = f.store
                .read(s -> s.credential(org.id(), leader.id()))
                .orElseThrow()
                .hash();
        assertThat(stored).startsWith("$2a$").doesNotContain("admin123");

        org.accounts().changePassword(leader.id(), "admin123".toCharArray(), "a-better-one".toCharArray());
        assertThat(org.accounts().mustChangePassword(leader.id())).isFalse();
        assertThat(org.accounts().signIn(leader.id(), "a-better-one".toCharArray()))
                .isEqualTo(SignInResult.OK);
    }

    @Test
    void aPasswordChangeNeedsTheOldPasswordAndEightCharacters() {
        Org org = f.service.create(GenericOrganization.named("Beta", "Bo Wang")
                .password("initial-pw")
                .build());
        Member leader = org.members().get(org.info().leaderId());

        assertThatThrownBy(() -> org.accounts()
                        .changePassword(leader.id(), "nope-nope".toCharArray(), "another-pw".toCharArray()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("oldPassword");
        assertThatThrownBy(() ->
                        org.accounts().changePassword(leader.id(), "initial-pw".toCharArray(), "short".toCharArray()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least 8");
        assertThat(org.accounts().signIn(leader.id(), "initial-pw".toCharArray()))
                .isEqualTo(SignInResult.MUST_CHANGE_PASSWORD);
    }

    @Test
    void creatingAnOrganizationWithABadNameOrLeaderIsRefusedAndStoresNothing() {
        assertThatThrownBy(() ->
                        f.service.create(GenericOrganization.named("  ", "Bo").build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("name: must not be blank");
        assertThatThrownBy(() -> f.service.create(
                        GenericOrganization.named("x".repeat(101), "Bo").build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> f.service.create(
                        GenericOrganization.named("Beta", "Bo").phone("12ab").build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("leader.phone");
        assertThatThrownBy(() -> f.service.create(GenericOrganization.named("Beta", "Bo")
                        .password("short")
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("password");

        assertThat(f.service.list()).isEmpty();
        assertThat(f.feed()).isEmpty();
    }

    @Test
    void renamingSwitchingJoinAndChoosingALeaderAreStored() {
        Org org = f.acme();
        Department sales = org.departments().create(org.root(), "Sales");
        Member bob = org.members().add(NewMember.named("Bob Li").in(sales.id()));
        Member carol = org.members().add(NewMember.named("Carol Wu"));
        Role reviewers = org.roles().create(org.roles().createGroup("Review").id(), "Reviewer");
        org.roles().addMembers(reviewers.id(), List.of(carol.id()));

        assertThat(org.rename("ACME Ltd").name()).isEqualTo("ACME Ltd");
        assertThat(org.allowJoin(false).allowJoin()).isFalse();
        assertThat(org.leaderCandidates(LeaderCandidates.allMembers()))
                .extracting(Member::name)
                .containsExactly("Alice Zhang", "Bob Li", "Carol Wu");
        assertThat(org.leaderCandidates(LeaderCandidates.inDepartment(sales.id())))
                .containsExactly(bob);
        assertThat(org.leaderCandidates(LeaderCandidates.withRole(reviewers.id())))
                .containsExactly(carol);

        org.setLeader(bob.id());
        assertThat(org.info().leaderId()).isEqualTo(bob.id());
        assertThat(f.service.org(org.id()).info().name()).isEqualTo("ACME Ltd");
    }

    @Test
    void aResignedMemberCannotBecomeLeader() {
        Org org = f.acme();
        Member bob = org.members().add(NewMember.named("Bob Li"));
        org.members().resign(List.of(bob.id()));

        assertThatThrownBy(() -> org.setLeader(bob.id()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("resigned");
        assertThat(org.info().leaderId()).isNotEqualTo(bob.id());
    }

    @Test
    void aNewlyRegisteredUserJoinsEveryOrganizationThatAllowsItAndNoneThatDoesNot() {
        Org open = f.acme();
        Org closed = f.service.create(
                GenericOrganization.named("Closed", "Cai Lun").allowJoin(false).build());

        List<Member> added = f.service.registerUser(new NewUser("Dan Ma", "+86 135 0000 0001", "dan@example.com"));

        assertThat(added).hasSize(1);
        assertThat(added.get(0).orgId()).isEqualTo(open.id());
        assertThat(added.get(0).mainDepartmentId()).isEqualTo(open.root().id());
        assertThat(closed.members().list()).extracting(Member::name).containsExactly("Cai Lun");
        assertThat(f.service.registerUser(new NewUser("Dan Ma", "+86 135 0000 0001", null)))
                .as("a second registration with the same phone adds no duplicate")
                .isEmpty();
    }

    @Test
    void anUnknownOrganizationIdIsNotFound() {
        assertThatThrownBy(() -> f.service.org(OrgId.of("nope")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void aSyncedOrganizationHasItsCredentialsCheckedAndKeepsItsSecretEncrypted() {
        NewOrganization spec = NewOrganization.synced(
                "static", "Remote Co", Map.of("tenant", "t-1"), Map.of("token", Secret.of("s3cr3t-value")));
        Org org = f.service.create(spec);

        assertThat(org.info().isSynced()).isTrue();
        assertThat(org.info().settings()).containsEntry("tenant", "t-1").doesNotContainValue("s3cr3t-value");
        String sealed =
                f.store.read(s -> s.attribute(org.id(), "provider.secrets")).orElseThrow();
        assertThat(sealed).doesNotContain("s3cr3t-value");
        assertThat(spec.toString()).doesNotContain("s3cr3t-value");
        assertThat(org.root().name()).isEqualTo("Remote Co");
    }

    @Test
    void aSyncedOrganizationWithMissingFieldsUnknownTypeOrRefusedCredentialsIsNotCreated() {
        assertThatThrownBy(() -> f.service.create(NewOrganization.synced("static", "R", Map.of(), Map.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("tenant")
                .hasMessageContaining("token");
        assertThatThrownBy(() -> f.service.create(NewOrganization.synced("wecom", "R", Map.of(), Map.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("org-provider-wecom");
        assertThatThrownBy(() -> f.service.create(NewOrganization.synced(
                        "static", "R", Map.of("tenant", "t"), Map.of("token", Secret.of("wrong")))))
                .isInstanceOf(ProviderException.class)
                .hasMessageNotContaining("wrong");
        assertThat(f.service.list()).isEmpty();
    }

    @Test
    void aSyncedOrganizationNeedsASecretKeyToKeepItsSecrets() {
        OrganizationService noKey = OrganizationService.builder()
                .provider(new Fixtures.StaticProvider())
                .build();
        assertThatThrownBy(() -> noKey.create(NewOrganization.synced(
                        "static", "R", Map.of("tenant", "t"), Map.of("token", Secret.of("tok")))))
                .isInstanceOf(OrgKitException.class)
                .hasMessageContaining("secretKey");
        assertThat(noKey.list()).isEmpty();
    }
}
