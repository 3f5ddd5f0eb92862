package io.orgkit.core.store;

import java.util.function.Function;

/**
 * Where organizations are kept. A store offers a few primitive, organization-scoped operations
 * ({@link StoreSession}) and a transaction boundary; every rule (tree integrity, uniqueness, sync
 * planning) lives once in core, not in each store.
 *
 * <p>Implementations: {@link InMemoryStore} here, {@code JdbcStore} in {@code org-store-jdbc}. Each must
 * pass the store contract suite of {@code org-tck}.
 */
public interface OrgStore extends AutoCloseable {

    /**
     * Runs {@code work} in one read-write transaction: either everything it wrote is committed, or, when
     * it throws, nothing is. The exception is rethrown (store failures as {@link io.orgkit.core.StorageException}).
     * Transactions of one store do not nest.
     */
    <T> T write(Function<StoreSession, T> work);

    /** Runs {@code work} with read access; it sees committed data only. Writes through it are refused. */
    <T> T read(Function<StoreSession, T> work);

    /** Leases that let one process of many run a job (a sync) for an organization at a time. */
    Leases leases();

    /** Releases resources the store opened itself (never the host's DataSource). */
    @Override
    default void close() {}
}
