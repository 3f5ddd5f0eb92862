package io.orgkit.tck.store;

import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;

/** The reference store passes the contract suite. */
class InMemoryStoreContractTest extends StoreContractSuite {

    @Override
    protected OrgStore createStore() {
        return new InMemoryStore(clock());
    }
}
