package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.accounts.Accounts;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.PasswordCredential;
import java.util.Arrays;

final class AccountsApi extends OrgScoped implements Accounts {
    static final int MIN_PASSWORD = 8;

    AccountsApi(ServiceContext ctx, OrgId org) {
        super(ctx, org);
    }

    static void checkPasswordStrength(String field, char[] password) {
        if (password.length < MIN_PASSWORD) {
            throw ValidationException.of(field, "must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.length > 72) {
            throw ValidationException.of(field, "must be at most 72 characters (a bcrypt limit)");
        }
    }

    @Override
    public boolean verifyPassword(MemberId member, char[] password) {
        return ctx.read(s -> {
            Guard.member(s, org, member);
            return s.credential(org, member).map(c -> ctx.hasher().matches(password, c.hash())).orElse(false);
        });
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
        checkPasswordStrength("newPassword", newPassword);
        if (Arrays.equals(oldPassword, newPassword)) {
            throw ValidationException.of("newPassword", "must differ from the old password");
        }
        if (!verifyPassword(member, oldPassword)) {
            throw ValidationException.of("oldPassword", "is not the member's current password");
        }
        String hash = ctx.hasher().hash(newPassword);
        ctx.write(org, tx -> {
            Guard.activeMember(tx.session(), org, member);
            tx.session().saveCredential(org, member, new PasswordCredential(hash, false, tx.now()));
            return null;
        });
    }
}
