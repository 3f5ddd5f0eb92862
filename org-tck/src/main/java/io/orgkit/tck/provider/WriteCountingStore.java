package io.orgkit.tck.provider;

import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.Leases;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** An in-memory store that counts write operations, split into organization data and bookkeeping. */
final class WriteCountingStore implements OrgStore {
    private static final List<String> WRITES = List.of("insert", "update", "delete", "put", "append", "add",
            "remove", "save", "replace");
    private final InMemoryStore delegate = new InMemoryStore();
    final AtomicInteger dataWrites = new AtomicInteger();
    final AtomicInteger allWrites = new AtomicInteger();

    @Override
    public <T> T write(Function<StoreSession, T> work) {
        return delegate.write(s -> work.apply(counting(s)));
    }

    @Override
    public <T> T read(Function<StoreSession, T> work) {
        return delegate.read(work);
    }

    @Override
    public Leases leases() {
        return delegate.leases();
    }

    void reset() {
        dataWrites.set(0);
        allWrites.set(0);
    }

    private StoreSession counting(StoreSession s) {
        return (StoreSession) Proxy.newProxyInstance(StoreSession.class.getClassLoader(),
                new Class<?>[] {StoreSession.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (WRITES.stream().anyMatch(name::startsWith)) {
                        allWrites.incrementAndGet();
                        if (!name.equals("putAttribute") && !name.startsWith("appendEvent")) {
                            dataWrites.incrementAndGet();
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
