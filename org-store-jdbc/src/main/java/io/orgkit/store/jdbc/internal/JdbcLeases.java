package io.orgkit.store.jdbc.internal;

import static io.orgkit.store.jdbc.internal.Db.args;

import io.orgkit.core.ConflictException;
import io.orgkit.core.store.Leases;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Leases in {@code <prefix>leases}, one row per name. Taking a lease is a conditional UPDATE (same owner, or
 * expired) and, when no row matched, an INSERT that the primary key refuses if another instance was faster.
 * Time comes from the database (one clock for every instance, so clock skew between application servers does
 * not matter) unless a clock is given (tests).
 */
public final class JdbcLeases implements Leases {
    private final Transactions tx;
    private final SqlDialect dialect;
    private final Tables t;
    private final @Nullable Clock clock;

    public JdbcLeases(Transactions tx, SqlDialect dialect, Tables t, @Nullable Clock clock) {
        this.tx = tx;
        this.dialect = dialect;
        this.t = t;
        this.clock = clock;
    }

    private long now(Db db) {
        return clock != null ? clock.millis() : db.count(dialect.nowMillisQuery(), args());
    }

    @Override
    public boolean tryAcquire(String name, String owner, Duration ttl) {
        return tx.autoCommit(db -> {
            long now = now(db);
            int taken = db.update(
                    "UPDATE " + t.leases() + " SET owner = ?, expires_at = ? WHERE name = ?"
                            + " AND (owner = ? OR expires_at <= ?)",
                    args(owner, now + ttl.toMillis(), name, owner, now));
            if (taken > 0) {
                return true;
            }
            try {
                db.update(
                        "INSERT INTO " + t.leases() + " (name, owner, expires_at) VALUES (?, ?, ?)",
                        args(name, owner, now + ttl.toMillis()));
                return true;
            } catch (ConflictException heldByAnother) {
                return false;
            }
        });
    }

    @Override
    public boolean renew(String name, String owner, Duration ttl) {
        return tx.autoCommit(db -> db.update(
                        "UPDATE " + t.leases() + " SET expires_at = ? WHERE name = ? AND owner = ?",
                        args(now(db) + ttl.toMillis(), name, owner))
                > 0);
    }

    @Override
    public void release(String name, String owner) {
        tx.autoCommit(
                db -> db.update("DELETE FROM " + t.leases() + " WHERE name = ? AND owner = ?", args(name, owner)));
    }
}
