/**
 * The store SPI: {@link io.orgkit.core.store.OrgStore} (transactions and leases) and {@link
 * io.orgkit.core.store.StoreSession} (the primitive operations), plus {@link io.orgkit.core.store.InMemoryStore}.
 * Applications pick a store; only store implementations use the rest.
 */
@NullMarked
package io.orgkit.core.store;

import org.jspecify.annotations.NullMarked;
