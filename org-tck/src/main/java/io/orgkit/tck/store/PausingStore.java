package io.orgkit.tck.store;

import io.orgkit.core.store.Leases;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A store wrapper that holds one writer between its checks and its first write: the first write call of the
 * paused thread's transaction blocks until {@link #resume()}. It also tells when another thread asks for an
 * organization lock, so a test can let the paused writer go once the other one is waiting for it.
 */
final class PausingStore implements OrgStore {
    private static final List<String> WRITES = List.of("insert", "update", "delete", "put", "append", "add",
            "remove", "save", "replace");
    static final long WAIT_SECONDS = 60;

    private final OrgStore delegate;
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resume = new CountDownLatch(1);
    private final CountDownLatch otherLocking = new CountDownLatch(1);
    private volatile @Nullable Thread pausing;

    PausingStore(OrgStore delegate) {
        this.delegate = delegate;
    }

    /** The next write call made on the current thread blocks until {@link #resume()}. */
    void pauseCurrentThreadAtItsFirstWrite() {
        pausing = Thread.currentThread();
    }

    /** Waits up to {@code millis} for the paused writer to reach its first write. */
    boolean awaitPausedFor(long millis) throws InterruptedException {
        return paused.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Waits up to {@code millis} for another thread to ask for an organization lock. */
    boolean awaitOtherLocking(long millis) throws InterruptedException {
        return otherLocking.await(millis, TimeUnit.MILLISECONDS);
    }

    void resume() {
        resume.countDown();
    }

    @Override
    public <T> T write(Function<StoreSession, T> work) {
        return delegate.write(s -> work.apply(watched(s)));
    }

    @Override
    public <T> T read(Function<StoreSession, T> work) {
        return delegate.read(work);
    }

    @Override
    public Leases leases() {
        return delegate.leases();
    }

    private StoreSession watched(StoreSession session) {
        return (StoreSession) Proxy.newProxyInstance(StoreSession.class.getClassLoader(),
                new Class<?>[] {StoreSession.class}, (proxy, method, args) -> {
                    before(method);
                    try {
                        return method.invoke(session, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void before(Method method) throws InterruptedException {
        boolean mine = Thread.currentThread() == pausing;
        if (!mine && method.getName().equals("lockOrganization")) {
            otherLocking.countDown();
        }
        if (mine && WRITES.stream().anyMatch(method.getName()::startsWith)) {
            pausing = null;
            paused.countDown();
            if (!resume.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the paused writer was never resumed");
            }
        }
    }
}
