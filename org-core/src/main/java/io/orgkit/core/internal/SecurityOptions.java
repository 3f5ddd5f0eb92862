package io.orgkit.core.internal;

import io.orgkit.core.accounts.InitialPassword;
import java.util.Objects;

/**
 * The builder's security choices that core applies.
 *
 * @param initialPassword   the password new leaders' accounts and administrator resets start with
 * @param allowInsecureHttp whether provider URL settings may use plain http to hosts other than loopback
 */
public record SecurityOptions(InitialPassword initialPassword, boolean allowInsecureHttp) {
    public SecurityOptions {
        Objects.requireNonNull(initialPassword, "initialPassword");
    }

    /** The documented defaults: {@code admin123}, https required. */
    public static SecurityOptions defaults() {
        return new SecurityOptions(InitialPassword.standard(), false);
    }
}
