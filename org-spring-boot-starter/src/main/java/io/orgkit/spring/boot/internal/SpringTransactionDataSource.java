package io.orgkit.spring.boot.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands OrgKit's JDBC store the connection of the Spring-managed transaction of the calling thread when there
 * is one, so OrgKit's writes commit or roll back with the application's. On that connection the store's own
 * transaction control is left to Spring: {@code setAutoCommit}, {@code commit}, {@code setReadOnly} and
 * {@code setTransactionIsolation} do nothing, {@code rollback} marks the Spring transaction rollback-only (the
 * OrgKit exception that caused it still reaches the caller), and {@code close} hands the connection back to
 * Spring. Outside a Spring transaction, or in one that holds no connection of this DataSource (a transaction of
 * another DataSource), every call gets a connection of its own, as without this wrapper.
 *
 * <p>It also remembers, per Spring transaction, that OrgKit wrote on the joined connection (a write session's
 * {@code commit}, which only Spring carries out later): {@link #hasUncommittedOrgKitWrites()} tells the JDBC store
 * to search the database rather than its shared index until that transaction has ended.
 */
public final class SpringTransactionDataSource extends DelegatingDataSource {

    /** The key of the "OrgKit wrote in this transaction" mark among the transaction's resources. */
    private final Object writesKey = new Object();

    public SpringTransactionDataSource(DataSource target) {
        super(target);
    }

    /**
     * Whether the calling thread's Spring transaction holds OrgKit writes on the joined connection that Spring
     * has not committed yet (without transaction synchronization, any joined transaction counts).
     */
    public boolean hasUncommittedOrgKitWrites() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        return !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(writesKey);
    }

    private void markWritten() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(writesKey)) {
            TransactionSynchronizationManager.bindResource(writesKey, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(writesKey);
                }
            });
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        DataSource target = obtainTargetDataSource();
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !(TransactionSynchronizationManager.getResource(target) instanceof ConnectionHolder holder)
                || !holder.isSynchronizedWithTransaction()) {
            // no transaction, or one that holds no connection of this DataSource (a transaction of another
            // DataSource): OrgKit commits on a connection of its own
            return target.getConnection();
        }
        Connection joined = DataSourceUtils.getConnection(target);
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new Joined(joined, target, this::markWritten));
    }

    /** Whether {@code connection} came from a Spring transaction (for tests and diagnostics). */
    public static boolean isJoined(Connection connection) {
        return Proxy.isProxyClass(connection.getClass()) && Proxy.getInvocationHandler(connection) instanceof Joined;
    }

    private static final class Joined implements InvocationHandler {
        private final Connection target;
        private final DataSource dataSource;
        private final Runnable onWriteCommit;
        private boolean closed;
        private boolean readOnly;

        Joined(Connection target, DataSource dataSource, Runnable onWriteCommit) {
            this.target = target;
            this.dataSource = dataSource;
            this.onWriteCommit = onWriteCommit;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args)
                throws Throwable {
            switch (method.getName()) {
                case "setReadOnly":
                    readOnly = args != null && Boolean.TRUE.equals(args[0]);
                    return null;
                case "commit":
                    if (!readOnly) {
                        onWriteCommit.run(); // OrgKit's write session ended; Spring commits (or not) later
                    }
                    return null;
                case "setAutoCommit", "setTransactionIsolation":
                    return null;
                case "rollback":
                    if (args == null || args.length == 0) {
                        markRollbackOnly();
                        return null;
                    }
                    break;
                case "close":
                    if (!closed) {
                        closed = true;
                        DataSourceUtils.releaseConnection(target, dataSource);
                    }
                    return null;
                case "isClosed":
                    return closed || target.isClosed();
                case "equals":
                    return args != null && proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Spring transaction connection [" + target + "]";
                default:
                    break;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getTargetException();
            }
        }

        private void markRollbackOnly() {
            Object holder = TransactionSynchronizationManager.getResource(dataSource);
            if (holder instanceof ConnectionHolder h) {
                h.setRollbackOnly();
            }
        }
    }
}
