package io.orgkit.store.jdbc.internal;

import static io.orgkit.store.jdbc.internal.Db.args;

import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.NewEvent;
import io.orgkit.core.store.PasswordCredential;
import io.orgkit.core.store.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Credentials, attributes and the event feed. Appending an event first increments the one row of
 * {@code <prefix>event_counter}; its row lock is held to the commit, so sequences are given out in commit order
 * without gaps, and a reader that saw sequence n never later finds a new event below n.
 */
final class ValueSql {
    private final Db db;
    private final Tables t;

    ValueSql(Db db, Tables t) {
        this.db = db;
        this.t = t;
    }

    void saveCredential(OrgId org, MemberId member, PasswordCredential c) {
        int rows = db.update(
                "UPDATE " + t.credentials() + " SET hash = ?, must_change = ?, updated_ns = ?"
                        + " WHERE org_id = ? AND member_id = ?",
                args(c.hash(), c.mustChange(), Times.toNanos(c.updatedAt()), org.value(), member.value()));
        if (rows == 0) {
            db.update(
                    "INSERT INTO " + t.credentials() + " (org_id, member_id, hash, must_change, updated_ns)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    args(org.value(), member.value(), c.hash(), c.mustChange(), Times.toNanos(c.updatedAt())));
        }
    }

    void deleteCredential(OrgId org, MemberId member) {
        db.update(
                "DELETE FROM " + t.credentials() + " WHERE org_id = ? AND member_id = ?",
                args(org.value(), member.value()));
    }

    Optional<PasswordCredential> credential(OrgId org, MemberId member) {
        return db.one(
                "SELECT hash, must_change, updated_ns FROM " + t.credentials() + " WHERE org_id = ? AND member_id = ?",
                args(org.value(), member.value()),
                rs -> new PasswordCredential(rs.getString(1), rs.getBoolean(2), Times.fromNanos(rs.getLong(3))));
    }

    Optional<String> attribute(OrgId org, String key) {
        return db.one(
                "SELECT val FROM " + t.attributes() + " WHERE org_id = ? AND name = ?",
                args(org.value(), key),
                rs -> rs.getString(1));
    }

    void putAttribute(OrgId org, String key, @Nullable String value) {
        if (value == null) {
            db.update("DELETE FROM " + t.attributes() + " WHERE org_id = ? AND name = ?", args(org.value(), key));
            return;
        }
        int rows = db.update(
                "UPDATE " + t.attributes() + " SET val = ? WHERE org_id = ? AND name = ?",
                args(value, org.value(), key));
        if (rows == 0) {
            db.update(
                    "INSERT INTO " + t.attributes() + " (org_id, name, val) VALUES (?, ?, ?)",
                    args(org.value(), key, value));
        }
    }

    long appendEvent(OrgId org, String type, String payload, Instant at) {
        db.update("UPDATE " + t.eventCounter() + " SET last_seq = last_seq + 1 WHERE id = 1", args());
        long seq = db.count("SELECT last_seq FROM " + t.eventCounter() + " WHERE id = 1", args());
        db.update(
                "INSERT INTO " + t.events() + " (seq, org_id, type, payload, created_ns) VALUES (?, ?, ?, ?, ?)",
                args(seq, org.value(), type, payload, Times.toNanos(at)));
        return seq;
    }

    /** Takes {@code events.size()} sequences from the counter in one step, then inserts the events as a batch. */
    long appendEvents(List<NewEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        db.update("UPDATE " + t.eventCounter() + " SET last_seq = last_seq + ? WHERE id = 1", args(events.size()));
        long last = db.count("SELECT last_seq FROM " + t.eventCounter() + " WHERE id = 1", args());
        long[] next = {last - events.size() + 1};
        db.insert(Db.Rows.insert(t.events(), "seq, org_id, type, payload, created_ns"), events, e ->
                new Object[] {next[0]++, e.orgId().value(), e.type(), e.payload(), Times.toNanos(e.at())});
        return last;
    }

    /** One organization's events through the (org_id, seq) index (V5). */
    List<StoredEvent> eventsOf(OrgId org, long afterSequence, int limit) {
        return db.list(
                "SELECT seq, org_id, type, payload, created_ns FROM " + t.events()
                        + " WHERE org_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                args(org.value(), afterSequence, limit),
                ValueSql::event);
    }

    void replaceEventPayload(OrgId org, long sequence, String payload) {
        db.update(
                "UPDATE " + t.events() + " SET payload = ? WHERE org_id = ? AND seq = ?",
                args(payload, org.value(), sequence));
    }

    private static StoredEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredEvent(
                rs.getLong(1),
                OrgId.of(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                Times.fromNanos(rs.getLong(5)));
    }

    List<StoredEvent> eventsAfter(long afterSequence, int limit) {
        return db.list(
                "SELECT seq, org_id, type, payload, created_ns FROM " + t.events()
                        + " WHERE seq > ? ORDER BY seq LIMIT ?",
                args(afterSequence, limit),
                rs -> new StoredEvent(
                        rs.getLong(1),
                        OrgId.of(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        Times.fromNanos(rs.getLong(5))));
    }
}
