package io.orgkit.core.archfixture;

import io.orgkit.store.jdbc.JdbcStore;

/** Breaks "core depends on no other module": a core class that knows the JDBC store. */
public final class CoreUsingJdbcStore {
    public Class<?> storeType() {
        return JdbcStore.class;
    }
}
