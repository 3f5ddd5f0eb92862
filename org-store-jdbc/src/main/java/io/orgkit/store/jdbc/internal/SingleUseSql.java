package io.orgkit.store.jdbc.internal;

import static io.orgkit.store.jdbc.internal.Db.args;

import io.orgkit.core.organizations.OrgId;
import java.time.Instant;
import java.util.Optional;

/**
 * Single-use values (sign-in states, callback nonces). A value is taken by deleting its row: of two transactions
 * taking the same key, the database lets only one delete it (the other waits for the row lock and then deletes
 * nothing), so a state is honoured once even across application instances.
 */
final class SingleUseSql {
    private final Db db;
    private final Tables t;

    SingleUseSql(Db db, Tables t) {
        this.db = db;
        this.t = t;
    }

    void insert(OrgId org, String kind, String key, String value, Instant expiresAt) {
        db.update(
                "INSERT INTO " + t.singleUse() + " (org_id, kind, use_key, val, expires_ns) VALUES (?, ?, ?, ?, ?)",
                args(org.value(), kind, key, value, Times.toNanos(expiresAt)));
    }

    Optional<String> take(OrgId org, String kind, String key, Instant now) {
        Optional<Stored> stored = db.one(
                "SELECT val, expires_ns FROM " + t.singleUse() + " WHERE org_id = ? AND kind = ? AND use_key = ?",
                args(org.value(), kind, key),
                rs -> new Stored(rs.getString(1), rs.getLong(2)));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        int deleted = db.update(
                "DELETE FROM " + t.singleUse() + " WHERE org_id = ? AND kind = ? AND use_key = ?",
                args(org.value(), kind, key));
        boolean fresh = stored.get().expiresNs() > Times.toNanos(now);
        return deleted == 1 && fresh ? Optional.of(stored.get().value()) : Optional.empty();
    }

    int deleteExpired(Instant now) {
        return db.update("DELETE FROM " + t.singleUse() + " WHERE expires_ns <= ?", args(Times.toNanos(now)));
    }

    private record Stored(String value, long expiresNs) {}
}
