package io.orgkit.store.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/** DataSources for bad-input tests: a database that claims to be something else, a connection that breaks. */
final class FakeDataSources {
    private FakeDataSources() {}

    /** A DataSource whose metadata names {@code product}; records every connection call and refuses the rest. */
    static DataSource claiming(String product, int major, List<String> calls) {
        DatabaseMetaData md = proxy(DatabaseMetaData.class, (m, args) -> switch (m.getName()) {
            case "getDatabaseProductName" -> product;
            case "getDatabaseProductVersion" -> product + " " + major + ".0";
            case "getDatabaseMajorVersion" -> major;
            case "getDatabaseMinorVersion" -> 0;
            default -> throw new UnsupportedOperationException(m.getName());
        });
        Connection c = proxy(Connection.class, (m, args) -> {
            calls.add(m.getName());
            return switch (m.getName()) {
                case "getMetaData" -> md;
                case "close" -> null;
                default -> throw new SQLException("the fake database cannot " + m.getName());
            };
        });
        return proxy(DataSource.class, (m, args) -> {
            if (m.getName().equals("getConnection")) {
                return c;
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    /**
     * Wraps {@code real}: while {@code breakAt} is n > 0, the n-th statement prepared from then on fails as a
     * lost connection (SQLState 08S01), and so does every later one.
     */
    static DataSource breaking(DataSource real, AtomicInteger breakAt) {
        return proxy(DataSource.class, (m, args) -> {
            Object result = call(m, real, args);
            if (!(result instanceof Connection c)) {
                return result;
            }
            return proxy(Connection.class, (cm, cargs) -> {
                if (cm.getName().startsWith("prepare") && breakAt.get() > 0 && breakAt.decrementAndGet() == 0) {
                    breakAt.set(1);
                    throw new SQLException("Connection reset by peer", "08S01");
                }
                return call(cm, c, cargs);
            });
        });
    }

    /** Wraps {@code real} and counts the statements prepared on its connections. */
    static DataSource counting(DataSource real, AtomicInteger prepared) {
        return proxy(DataSource.class, (m, args) -> {
            Object result = call(m, real, args);
            if (!(result instanceof Connection c)) {
                return result;
            }
            return proxy(Connection.class, (cm, cargs) -> {
                if (cm.getName().startsWith("prepare")) {
                    prepared.incrementAndGet();
                }
                return call(cm, c, cargs);
            });
        });
    }

    /** Wraps {@code real} and remembers the connection it handed out last. */
    static DataSource recording(DataSource real, AtomicReference<Connection> last) {
        return proxy(DataSource.class, (m, args) -> {
            Object result = call(m, real, args);
            if (result instanceof Connection c) {
                last.set(c);
            }
            return result;
        });
    }

    private static Object call(Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(
                FakeDataSources.class.getClassLoader(),
                new Class<?>[] {type},
                (p, method, args) -> method.getName().equals("toString")
                        ? "fake " + type.getSimpleName()
                        : handler.handle(method, args));
    }
}
