package io.orgkit.tck.store;

import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A store wrapper that holds one writer between its checks and its first write: the first write call of the
 * paused thread's transaction blocks until {@link #resume()}. It also tells when another thread asks for an
 * organization lock, so a test can let the paused writer go once the other one is waiting for it.
 */
final class PausingStore extends InterceptingStore {
    static final long WAIT_SECONDS = 60;

    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resume = new CountDownLatch(1);
    private final CountDownLatch otherLocking = new CountDownLatch(1);
    private volatile @Nullable Thread pausing;

    PausingStore(OrgStore delegate) {
        super(delegate);
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
    protected @Nullable Object call(StoreSession session, Method method, @Nullable Object[] args) throws Throwable {
        before(method);
        return super.call(session, method, args);
    }

    private void before(Method method) throws InterruptedException {
        boolean mine = Thread.currentThread() == pausing;
        if (!mine && method.getName().equals("lockOrganization")) {
            otherLocking.countDown();
        }
        if (mine && isWrite(method)) {
            pausing = null;
            paused.countDown();
            if (!resume.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the paused writer was never resumed");
            }
        }
    }
}
