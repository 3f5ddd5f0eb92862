package io.orgkit.tck.store;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoreSession;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Base of the contract groups: reaches the store of the running test through the suite. */
public abstract class StoreContract {
    private final StoreContractSuite suite;

    /**
     * Creates the group for a suite.
     *
     * @param suite the running suite, which holds the store under test
     */
    protected StoreContract(StoreContractSuite suite) {
        this.suite = suite;
    }

    /** {@return the store under test} */
    protected final OrgStore store() {
        return suite.store();
    }

    /** {@return the suite's clock, which the store was created with} */
    protected final MutableClock clock() {
        return suite.clock();
    }

    /**
     * Runs {@code work} in one write transaction.
     *
     * @param work the work
     */
    protected final void write(Consumer<StoreSession> work) {
        store().write(s -> {
            work.accept(s);
            return null;
        });
    }

    /**
     * Runs {@code work} in one read transaction.
     *
     * @param <T> the result type
     * @param work the work
     * @return its result
     */
    protected final <T> T read(Function<StoreSession, T> work) {
        return store().read(work);
    }

    /** A view of the committed data: each call runs in its own read transaction. */
    protected final StoreSession committed() {
        InvocationHandler handler = (proxy, method, args) -> store().read(s -> invoke(method, s, args));
        return (StoreSession) Proxy.newProxyInstance(
                StoreSession.class.getClassLoader(), new Class<?>[] {StoreSession.class}, handler);
    }

    private static Object invoke(Method method, StoreSession session, Object @Nullable [] args) {
        try {
            return method.invoke(session, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a new organization with its root department; returns the root. */
    protected final Department newOrganizationRoot(String name) {
        Organization org = Fixtures.organization(name);
        Department root = Fixtures.root(org.id());
        write(s -> {
            s.insertOrganization(org);
            s.insertDepartment(root);
        });
        return root;
    }

    /**
     * Stores a department in its own transaction.
     *
     * @param d the department
     * @return {@code d}
     */
    protected final Department insert(Department d) {
        write(s -> s.insertDepartment(d));
        return d;
    }

    /**
     * Stores a member in its own transaction.
     *
     * @param m the member
     * @return {@code m}
     */
    protected final Member insert(Member m) {
        write(s -> s.insertMember(m));
        return m;
    }
}
