package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.accounts.Accounts;
import io.orgkit.core.accounts.BcryptPasswordHasher;
import io.orgkit.core.accounts.InitialPassword;
import io.orgkit.core.accounts.SignInResult;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.GenericOrganization;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.store.InMemoryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountsTest {
    private static final char[] CJK_30 = "密".repeat(30).toCharArray();
    private final Fixtures f = new Fixtures();

    private static OrganizationService service(InitialPassword initial) {
        return OrganizationService.builder()
                .store(new InMemoryStore())
                .passwordHasher(new BcryptPasswordHasher(4))
                .initialPassword(initial)
                .build();
    }

    private MemberId leader(Org org) {
        return org.info().leaderId();
    }

    @Test
    void theDefaultPasswordSignsInOnlyAsMustChangeAndTheMembersOwnPasswordSignsInOk() {
        Org org = f.acme();
        Accounts accounts = org.accounts();

        assertThat(accounts.signIn(leader(org), "admin123".toCharArray())).isEqualTo(SignInResult.MUST_CHANGE_PASSWORD);
        assertThat(accounts.signIn(leader(org), "admin1234".toCharArray())).isEqualTo(SignInResult.INVALID);
        accounts.changePassword(leader(org), "admin123".toCharArray(), "my own password".toCharArray());
        assertThat(accounts.signIn(leader(org), "my own password".toCharArray()))
                .isEqualTo(SignInResult.OK);
        assertThat(accounts.signIn(leader(org), "admin123".toCharArray())).isEqualTo(SignInResult.INVALID);
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedVerifyPasswordStillAnswersWhetherThePasswordIsRight() {
        Org org = f.acme();
        assertThat(org.accounts().verifyPassword(leader(org), "admin123".toCharArray()))
                .isTrue();
        assertThat(org.accounts().verifyPassword(leader(org), "wrong-one".toCharArray()))
                .isFalse();
    }

    @Test
    void aResignedMemberCannotSignInAndStaysLockedOutUntilAnAdministratorSetsANewPassword() {
        Org org = f.acme();
        Member bob = org.members().add(NewMember.named("Bob Li"));
        org.accounts().setPassword(bob.id(), "bobs-initial-pw".toCharArray());
        org.accounts().changePassword(bob.id(), "bobs-initial-pw".toCharArray(), "bobs-own-pw".toCharArray());

        org.members().resign(List.of(bob.id()));

        assertThat(org.accounts().signIn(bob.id(), "bobs-own-pw".toCharArray())).isEqualTo(SignInResult.INVALID);
        assertThat(f.store
                        .read(s -> s.credential(org.id(), bob.id()))
                        .orElseThrow()
                        .disabled())
                .isTrue();
        assertThatThrownBy(() -> org.accounts()
                        .changePassword(bob.id(), "bobs-own-pw".toCharArray(), "another-pw-1".toCharArray()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("resigned");
        assertThatThrownBy(() -> org.accounts().setPassword(bob.id(), "a-new-password".toCharArray()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("resigned");
    }

    @Test
    void theLeaderResigningLosesSignInToo() {
        Org org = f.acme();
        org.members().resign(List.of(leader(org)));
        MemberId former = org.members().resigned().get(0).id();

        assertThat(org.accounts().signIn(former, "admin123".toCharArray())).isEqualTo(SignInResult.INVALID);
    }

    @Test
    void anAdministratorSetsOrResetsAPasswordThatMustBeChangedAtTheNextSignIn() {
        Org org = f.acme();
        Member bob = org.members().add(NewMember.named("Bob Li"));

        org.accounts().setPassword(bob.id(), "set-by-admin".toCharArray());
        assertThat(org.accounts().signIn(bob.id(), "set-by-admin".toCharArray()))
                .isEqualTo(SignInResult.MUST_CHANGE_PASSWORD);
        org.accounts().changePassword(bob.id(), "set-by-admin".toCharArray(), "bob-chose-this".toCharArray());

        Secret reset = org.accounts().resetPassword(bob.id());

        assertThat(reset.reveal()).isEqualTo("admin123");
        assertThat(org.accounts().signIn(bob.id(), "bob-chose-this".toCharArray()))
                .isEqualTo(SignInResult.INVALID);
        assertThat(org.accounts().signIn(bob.id(), "admin123".toCharArray()))
                .isEqualTo(SignInResult.MUST_CHANGE_PASSWORD);
        assertThat(org.accounts().mustChangePassword(bob.id())).isTrue();
    }

    @Test
    void changingThePasswordOfAMemberWithoutAnAccountSaysSoInsteadOfBlamingTheOldPassword() {
        Org org = f.acme();
        Member bob = org.members().add(NewMember.named("Bob Li"));

        assertThat(org.accounts().signIn(bob.id(), "anything-at-all".toCharArray()))
                .isEqualTo(SignInResult.INVALID);
        assertThatThrownBy(() -> org.accounts()
                        .changePassword(bob.id(), "anything-at-all".toCharArray(), "a-new-password".toCharArray()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("has no account; ask an administrator to set one")
                .hasMessageNotContaining("current password");
    }

    @Test
    void aPasswordOver72BytesInUtf8IsRefusedNamingTheLimitAndNeverMatchesAtSignIn() {
        Org org = f.acme();
        MemberId leader = leader(org);

        assertThatThrownBy(() -> org.accounts().changePassword(leader, "admin123".toCharArray(), CJK_30))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("newPassword")
                .hasMessageContaining("72 bytes")
                .hasMessageContaining("was 90 bytes");
        assertThatThrownBy(() -> org.accounts().setPassword(leader, CJK_30))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .anySatisfy(err -> assertThat(err.field()).isEqualTo("password")));
        assertThatThrownBy(() -> f.service.create(GenericOrganization.named("Beta", "Bo")
                        .password(new String(CJK_30))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("72 bytes");
        assertThat(org.accounts().signIn(leader, CJK_30)).isEqualTo(SignInResult.INVALID);
        assertThat(org.accounts().signIn(leader, "x".repeat(200).toCharArray())).isEqualTo(SignInResult.INVALID);
    }

    @Test
    void twentyFourChineseCharactersFitTheLimitExactlyAndSignIn() {
        Org org = f.acme();
        char[] cjk24 = "密码".repeat(12).toCharArray();

        org.accounts().changePassword(leader(org), "admin123".toCharArray(), cjk24);

        assertThat(org.accounts().signIn(leader(org), cjk24)).isEqualTo(SignInResult.OK);
    }

    @Test
    void anApplicationCanConfigureItsOwnInitialPassword() {
        OrganizationService orgs = service(InitialPassword.fixed("welcome-to-acme"));
        Org org = orgs.create(GenericOrganization.named("ACME", "Alice Zhang").build());

        assertThat(org.accounts().signIn(leader(org), "welcome-to-acme".toCharArray()))
                .isEqualTo(SignInResult.MUST_CHANGE_PASSWORD);
        assertThat(org.accounts().signIn(leader(org), "admin123".toCharArray())).isEqualTo(SignInResult.INVALID);
        assertThat(org.initialPassword()).isEmpty();
        assertThatThrownBy(() -> service(InitialPassword.fixed("short")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("initialPassword");
    }

    @Test
    void aGeneratedOneTimePasswordIsHandedBackOnlyByTheCreatingCall() {
        OrganizationService orgs = service(InitialPassword.generated());
        Org created =
                orgs.create(GenericOrganization.named("ACME", "Alice Zhang").build());
        Org other = orgs.create(GenericOrganization.named("Beta", "Bo Wang").build());

        Secret once = created.initialPassword().orElseThrow();
        assertThat(once.reveal())
                .hasSize(16)
                .isNotEqualTo("admin123")
                .isNotEqualTo(other.initialPassword().orElseThrow().reveal());
        assertThat(once.toString()).doesNotContain(once.reveal());
        assertThat(created.accounts().signIn(leader(created), once.reveal().toCharArray()))
                .isEqualTo(SignInResult.MUST_CHANGE_PASSWORD);
        assertThat(created.accounts().signIn(leader(created), "admin123".toCharArray()))
                .isEqualTo(SignInResult.INVALID);
        assertThat(orgs.org(created.id()).initialPassword()).isEmpty();
        Secret reset = created.accounts().resetPassword(leader(created));
        assertThat(reset.reveal()).isNotEqualTo(once.reveal()).hasSize(16);
    }

    @Test
    void theDefaultOrganizationGetsAGeneratedPasswordToo() {
        OrganizationService orgs = service(InitialPassword.generated());
        Org first = orgs.ensureDefault(new io.orgkit.core.organizations.Creator("Alice Zhang", null));

        Secret once = first.initialPassword().orElseThrow();
        assertThat(first.accounts().signIn(leader(first), once.reveal().toCharArray()))
                .isEqualTo(SignInResult.MUST_CHANGE_PASSWORD);
        assertThat(orgs.ensureDefault(new io.orgkit.core.organizations.Creator("Alice Zhang", null))
                        .initialPassword())
                .isEmpty();
    }
}
