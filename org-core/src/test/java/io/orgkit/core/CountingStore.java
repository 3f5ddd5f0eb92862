package io.orgkit.core;

import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.Leases;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An {@link InMemoryStore} that counts every write operation by name (and every call, reads included, in
 * {@link #calls}) and can fail the Nth data write.
 */
public final class CountingStore implements OrgStore {
    private static final List<String> WRITES =
            List.of("insert", "update", "delete", "put", "append", "add", "remove", "save", "replace");
    public final InMemoryStore delegate = new InMemoryStore();
    public final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
    public volatile int failAtDataWrite;
    private final AtomicInteger dataWrites = new AtomicInteger();

    @Override
    public <T> T write(Function<StoreSession, T> work) {
        return delegate.write(s -> work.apply(counting(s)));
    }

    @Override
    public <T> T read(Function<StoreSession, T> work) {
        return delegate.read(s -> work.apply(counting(s)));
    }

    /** Every store call by name, reads included, in read and write transactions. */
    public final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** How often {@code operation} was called (read or write) since the last {@link #reset}. */
    public int calls(String operation) {
        return calls.getOrDefault(operation, new AtomicInteger()).get();
    }

    public volatile boolean refuseRenewals;

    @Override
    public Leases leases() {
        Leases real = delegate.leases();
        return new Leases() {
            @Override
            public boolean tryAcquire(String name, String owner, java.time.Duration ttl) {
                return real.tryAcquire(name, owner, ttl);
            }

            @Override
            public boolean renew(String name, String owner, java.time.Duration ttl) {
                return !refuseRenewals && real.renew(name, owner, ttl);
            }

            @Override
            public void release(String name, String owner) {
                real.release(name, owner);
            }
        };
    }

    /** Writes to organization data: everything but attributes (sync state) and the event feed. */
    public int dataWrites() {
        return writes.entrySet().stream()
                .filter(e -> !e.getKey().equals("putAttribute") && !e.getKey().equals("appendEvent"))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    public int count(String operation) {
        return writes.getOrDefault(operation, new AtomicInteger()).get();
    }

    public void reset() {
        writes.clear();
        calls.clear();
    }

    private StoreSession counting(StoreSession s) {
        return (StoreSession) Proxy.newProxyInstance(
                StoreSession.class.getClassLoader(), new Class<?>[] {StoreSession.class}, (proxy, method, args) -> {
                    // appendEvent and appendEvents both count as feed writes, under one name
                    String name = method.getName().startsWith("appendEvent") ? "appendEvent" : method.getName();
                    calls.computeIfAbsent(method.getName(), k -> new AtomicInteger())
                            .incrementAndGet();
                    if (WRITES.stream().anyMatch(name::startsWith)) {
                        writes.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                        boolean data = !name.equals("putAttribute") && !name.equals("appendEvent");
                        if (data && failAtDataWrite > 0 && dataWrites.incrementAndGet() == failAtDataWrite) {
                            throw new StorageException("test store failed write " + failAtDataWrite);
                        }
                    }
                    try {
                        return method.invoke(s, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
