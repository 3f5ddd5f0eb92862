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

    protected StoreContract(StoreContractSuite suite) {
        this.suite = suite;
    }

    protected final OrgStore store() {
        return suite.store();
    }

    protected final MutableClock clock() {
        return suite.clock();
    }

    protected final void write(Consumer<StoreSession> work) {
        store().write(s -> {
            work.accept(s);
            return null;
        });
    }

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

    protected final Department insert(Department d) {
        write(s -> s.insertDepartment(d));
        return d;
    }

    protected final Member insert(Member m) {
        write(s -> s.insertMember(m));
        return m;
    }
}
