package io.orgkit.provider.acme;

import io.orgkit.store.jdbc.JdbcStore;

/** Breaks "providers depend only on core and the support kit": a provider that reaches for a store. */
public final class AcmeProviderWritingTheStore {
    void write(JdbcStore store) {
        store.close();
    }
}
