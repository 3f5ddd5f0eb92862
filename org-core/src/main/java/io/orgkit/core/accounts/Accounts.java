package io.orgkit.core.accounts;

import io.orgkit.core.members.MemberId;
import io.orgkit.core.spi.Secret;

/**
 * Sign-in passwords of an organization's members, kept only as bcrypt hashes. Password rules: at least 8
 * characters and at most 72 bytes in UTF-8 (bcrypt's limit; a CJK character takes 3 bytes, so 24 of them).
 */
public interface Accounts {

    /** bcrypt's input limit, in UTF-8 bytes. */
    int MAX_PASSWORD_BYTES = 72;

    /** The shortest password accepted, in characters. */
    int MIN_PASSWORD_CHARACTERS = 8;

    /**
     * Checks a sign-in. {@link SignInResult#OK} only for an active member's own password;
     * {@link SignInResult#MUST_CHANGE_PASSWORD} when the password is right but was set for the member (initial or
     * administrator-set): ask for a new one before letting them in; {@link SignInResult#INVALID} otherwise
     * (wrong password, no account, resigned member, over-long password).
     *
     * @throws io.orgkit.core.NotFoundException if the member is not in this organization
     */
    SignInResult signIn(MemberId member, char[] password);

    /**
     * Whether {@code password} is the member's password.
     *
     * @deprecated true also for an initial password that must be changed; use {@link #signIn}, which tells
     * the two apart.
     */
    @Deprecated(since = "0.2")
    default boolean verifyPassword(MemberId member, char[] password) {
        return signIn(member, password) != SignInResult.INVALID;
    }

    /**
     * Whether the member still has to replace an initial or administrator-set password.
     *
     * @throws io.orgkit.core.NotFoundException when this organization has no such member
     */
    boolean mustChangePassword(MemberId member);

    /**
     * Sets a password the member chose; clears the must-change flag.
     *
     * @throws io.orgkit.core.ValidationException {@code newPassword} breaks the rules or equals the old one;
     *         {@code oldPassword} is wrong; {@code member} has no account (an administrator sets one with
     *         {@link #setPassword}) or has resigned
     */
    void changePassword(MemberId member, char[] oldPassword, char[] newPassword);

    /**
     * An administrator sets an active member's password (also for a member without an account, or one whose
     * credential was disabled at resignation and who is active again). The member must change it at the next
     * sign-in.
     *
     * @throws io.orgkit.core.ValidationException {@code password} breaks the rules, or the member has resigned
     * @throws io.orgkit.core.NotFoundException   the member is not in this organization
     */
    void setPassword(MemberId member, char[] password);

    /**
     * An administrator resets an active member's password to the configured initial password (the documented
     * {@value InitialPassword#DEFAULT}, the application's own, or a generated one-time password) and returns it,
     * once; the member must change it at the next sign-in.
     *
     * @throws io.orgkit.core.ValidationException the member has resigned
     * @throws io.orgkit.core.NotFoundException   the member is not in this organization
     */
    Secret resetPassword(MemberId member);
}
