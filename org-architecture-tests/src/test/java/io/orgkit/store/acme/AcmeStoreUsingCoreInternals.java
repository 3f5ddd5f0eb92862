package io.orgkit.store.acme;

import io.orgkit.core.internal.Tx;

/** Breaks "stores use only core's API": a store that reaches into core's internal transaction helper. */
public final class AcmeStoreUsingCoreInternals {
    Class<?> tx() {
        return Tx.class;
    }
}
