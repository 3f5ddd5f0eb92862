package io.orgkit.tck.provider;

import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.StoreSession;
import io.orgkit.tck.store.InterceptingStore;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** An in-memory store that counts write operations, split into organization data and bookkeeping. */
final class WriteCountingStore extends InterceptingStore {
    final AtomicInteger dataWrites = new AtomicInteger();
    final AtomicInteger allWrites = new AtomicInteger();

    WriteCountingStore() {
        super(new InMemoryStore());
    }

    void reset() {
        dataWrites.set(0);
        allWrites.set(0);
    }

    @Override
    protected @Nullable Object call(StoreSession session, Method method, @Nullable Object[] args) throws Throwable {
        if (isWrite(method)) {
            allWrites.incrementAndGet();
            String name = method.getName();
            if (!name.equals("putAttribute") && !name.startsWith("appendEvent")) {
                dataWrites.incrementAndGet();
            }
        }
        return super.call(session, method, args);
    }
}
