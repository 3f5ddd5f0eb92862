package io.orgkit.provider.teams.internal;

/** Lets tests of the public package reset internal caches. */
public final class TestAccess {
    private TestAccess() {}

    /** Drops the cached JWKS of every tenant. */
    public static void clearKeyCache() {
        IdTokens.clearCache();
    }
}
