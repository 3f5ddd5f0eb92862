package io.orgkit.core.accounts;

/**
 * The outcome of {@link Accounts#signIn}. Only {@link #OK} lets the member in; {@link #MUST_CHANGE_PASSWORD}
 * means the password is right but was set for them (the organization's initial password, or one an administrator
 * set or reset), so the host must ask for a new one with {@link Accounts#changePassword} before letting them in.
 */
public enum SignInResult {
    /** The password is the member's own: sign them in. */
    OK,
    /** The password is right, but it is an initial or administrator-set one: have the member change it first. */
    MUST_CHANGE_PASSWORD,
    /**
     * Refused: wrong password, no account, a resigned member (or one whose credential was disabled when they
     * resigned), or a password longer than the bcrypt limit.
     */
    INVALID
}
