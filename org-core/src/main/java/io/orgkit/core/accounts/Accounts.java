package io.orgkit.core.accounts;

import io.orgkit.core.members.MemberId;

/** Sign-in passwords of an organization's members (kept only as bcrypt hashes). */
public interface Accounts {

    /** Whether {@code password} is the member's password. False for a member without one. */
    boolean verifyPassword(MemberId member, char[] password);

    /** Whether the member still has to replace an initial password. */
    boolean mustChangePassword(MemberId member);

    /** Sets a password the member chose (at least 8 characters); clears the must-change flag. */
    void changePassword(MemberId member, char[] oldPassword, char[] newPassword);
}
