package io.orgkit.store.acme;

import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;

/** Keeps to the store rule: only core's store SPI. */
public final class AcmeStoreUsingTheSpi {
    Class<?>[] spi() {
        return new Class<?>[] {OrgStore.class, StoreSession.class};
    }
}
