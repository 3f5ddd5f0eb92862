package io.orgkit.tck.store;

import io.orgkit.core.store.Leases;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A store wrapper for tests and benchmarks: every write transaction gets a session proxy that passes each call
 * through {@link #call}, which a subclass overrides to count, pause or answer store calls. Reads go straight to
 * the wrapped store.
 */
public abstract class InterceptingStore implements OrgStore {
    private static final List<String> WRITE_PREFIXES =
            List.of("insert", "update", "delete", "put", "append", "add", "remove", "save", "replace");

    private final OrgStore delegate;

    /**
     * Wraps a store.
     *
     * @param delegate the store every call goes to
     */
    protected InterceptingStore(OrgStore delegate) {
        this.delegate = delegate;
    }

    /** Whether {@code method} of {@link StoreSession} writes (by its name: insert…, update…, delete…, put…). */
    public static boolean isWrite(Method method) {
        return WRITE_PREFIXES.stream().anyMatch(method.getName()::startsWith);
    }

    /**
     * One call on the session of a write transaction; the default passes it on. Overrides call
     * {@code super.call(...)} to let it through.
     *
     * @throws Throwable what the store call throws
     */
    protected @Nullable Object call(StoreSession session, Method method, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(session, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public <T> T write(Function<StoreSession, T> work) {
        return delegate.write(s -> work.apply(intercepted(s)));
    }

    @Override
    public <T> T read(Function<StoreSession, T> work) {
        return delegate.read(work);
    }

    @Override
    public Leases leases() {
        return delegate.leases();
    }

    @Override
    public void close() {
        delegate.close();
    }

    private StoreSession intercepted(StoreSession session) {
        return (StoreSession) Proxy.newProxyInstance(
                StoreSession.class.getClassLoader(),
                new Class<?>[] {StoreSession.class},
                (proxy, method, args) -> call(session, method, args));
    }
}
