package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.accounts.Accounts;
import io.orgkit.core.accounts.SignInResult;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.store.PasswordCredential;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

final class AccountsApi extends OrgScoped implements Accounts {

    AccountsApi(ServiceContext ctx, OrgId org) {
        super(ctx, org);
    }

    @Override
    public SignInResult signIn(MemberId member, char[] password) {
        Optional<PasswordCredential> credential = ctx.read(s -> {
            Member m = Guard.member(s, org, member);
            return m.isActive() ? s.credential(org, member).filter(c -> !c.disabled()) : Optional.empty();
        });
        if (credential.isEmpty()
                || !ctx.hasher().matches(password, credential.get().hash())) {
            return SignInResult.INVALID;
        }
        return credential.get().mustChange() ? SignInResult.MUST_CHANGE_PASSWORD : SignInResult.OK;
    }

    @Override
    public boolean mustChangePassword(MemberId member) {
        return ctx.read(s -> {
            Guard.member(s, org, member);
            return s.credential(org, member).map(PasswordCredential::mustChange).orElse(false);
        });
    }

    @Override
    public void changePassword(MemberId member, char[] oldPassword, char[] newPassword) {
        PasswordRules.check("newPassword", newPassword);
        if (Arrays.equals(oldPassword, newPassword)) {
            throw ValidationException.of("newPassword", "must differ from the old password");
        }
        Optional<PasswordCredential> current = ctx.read(s -> {
            Guard.activeMember(s, org, member);
            return s.credential(org, member).filter(c -> !c.disabled());
        });
        if (current.isEmpty()) {
            throw ValidationException.of(
                    "member",
                    "has no account; ask an administrator to set one" + " (Accounts.setPassword or resetPassword)");
        }
        if (!ctx.hasher().matches(oldPassword, current.get().hash())) {
            throw ValidationException.of("oldPassword", "is not the member's current password");
        }
        store(member, ctx.hasher().hash(newPassword), false);
    }

    @Override
    public void setPassword(MemberId member, char[] password) {
        PasswordRules.check("password", password);
        ctx.read(s -> Guard.activeMember(s, org, member));
        store(member, ctx.hasher().hash(password), true);
    }

    @Override
    public Secret resetPassword(MemberId member) {
        ctx.read(s -> Guard.activeMember(s, org, member));
        Secret initial = PasswordRules.initial(ctx.security().initialPassword());
        store(member, ctx.hasher().hash(initial.reveal().toCharArray()), true);
        return initial;
    }

    private void store(MemberId member, String hash, boolean mustChange) {
        ctx.write(org, tx -> {
            Guard.activeMember(tx.session(), org, member);
            tx.session().saveCredential(org, member, new PasswordCredential(hash, mustChange, tx.now()));
            return null;
        });
    }

    /** Disables the credentials of members who resign, in the resignation's transaction. */
    static void disable(Tx tx, OrgId org, Collection<MemberId> resigning) {
        for (MemberId id : resigning) {
            tx.session()
                    .credential(org, id)
                    .filter(c -> !c.disabled())
                    .ifPresent(c -> tx.session().saveCredential(org, id, c.disable(tx.now())));
        }
    }
}
