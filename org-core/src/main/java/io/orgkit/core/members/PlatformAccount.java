package io.orgkit.core.members;

/**
 * The state of a synced member's account on the platform the organization is synced from (DingTalk, WeCom, ...),
 * as the platform last reported it. Members of generic (local) organizations have none
 * ({@link Member#platformAccount()} is null).
 */
public enum PlatformAccount {
    /** The person has signed in to the platform at least once (WeCom status 1, DingTalk {@code active: true}). */
    ACTIVATED,
    /**
     * The platform lists the person, who has not signed in yet (WeCom status 4, DingTalk {@code active: false}):
     * a member like any other, but messages sent through the platform do not reach them yet.
     */
    NOT_ACTIVATED,
    /**
     * The platform has disabled the account (WeCom status 2: the person cannot sign in or receive messages). The
     * person is still listed, and stays a member (marked so) unless the provider reports them as no longer a member
     * ({@code RemoteMember.active()} false), which resigns them.
     */
    DISABLED
}
