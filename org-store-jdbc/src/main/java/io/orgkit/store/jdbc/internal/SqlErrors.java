package io.orgkit.store.jdbc.internal;

import io.orgkit.core.ConflictException;
import io.orgkit.core.OrgKitException;
import io.orgkit.core.StorageException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns SQL failures into OrgKit exceptions: a duplicate key becomes a {@link ConflictException} naming the
 * clashing key; a deadlock, serialization failure (class 40) or lock timeout a conflict to retry; anything else a {@link StorageException}. Messages never carry row values.
 */
public final class SqlErrors {
    /** Constraint name endings and what they mean, most specific first. */
    private static final List<Map.Entry<String, String>> KEYS = List.of(
            Map.entry("role_members_pk", "the member holds this role already"),
            Map.entry("member_departments_pk", "the member is linked to the same department twice"),
            Map.entry(
                    "members_employee_id_uk", "the employee id is already used by another member of this organization"),
            Map.entry("members_phone_uk", "the phone number is already used by another member of this organization"),
            Map.entry("members_email_uk", "the email is already used by another member of this organization"),
            Map.entry("members_external_uk", "the external id is already used by another member of this organization"),
            Map.entry("members_pk", "a member with this id exists already"),
            Map.entry(
                    "departments_external_uk",
                    "the external id is already used by another department of this" + " organization"),
            Map.entry("departments_pk", "a department with this id exists already"),
            Map.entry("organizations_default_uk", "a default organization exists already; there is at most one"),
            Map.entry("roles_key_uk", "the role key is already used in this organization"),
            Map.entry("roles_pk", "a role with this id exists already"),
            Map.entry("role_groups_pk", "a role group with this id exists already"),
            Map.entry("single_use_pk", "the single-use value was recorded already"),
            Map.entry("organizations", "an organization with this id exists already"));

    private SqlErrors() {}

    public static OrgKitException translate(SQLException e) {
        String state = sqlState(e);
        if (isDuplicateKey(e)) {
            return new ConflictException(
                    conflictMessage(e) + " (possibly taken by a concurrent change); choose"
                            + " another value or change the existing entry",
                    e);
        }
        if (isLockTimeout(e)) {
            return new ConflictException(
                    "another writer held the organization longer than the database's lock"
                            + " timeout; nothing was written, try again",
                    e);
        }
        if (state.startsWith("40")) {
            return new ConflictException(
                    "the database aborted the transaction because of a concurrent change"
                            + " (deadlock or serialization failure); nothing was written, try again",
                    e);
        }
        if (connectionLost(state)) {
            return new StorageException(
                    "lost the connection to the database (SQLState " + state + "); the"
                            + " transaction was rolled back and nothing was written; check the database and try again",
                    e);
        }
        return new StorageException(
                "the database refused an OrgKit statement (SQLState " + state + ", error " + e.getErrorCode()
                        + "); the transaction was rolled back and nothing was written",
                e);
    }

    /** A unique or primary key violation: SQLState 23505 (H2, PostgreSQL) or 23000 with MySQL error 1062. */
    static boolean isDuplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SQLException s
                    && ("23505".equals(s.getSQLState())
                            || "23000".equals(s.getSQLState()) && s.getErrorCode() == 1062)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lock wait ran out: PostgreSQL {@code lock_timeout} (55P03), H2's LOCK_TIMEOUT (HYT00, error 50200), MySQL
     * and MariaDB {@code innodb_lock_wait_timeout} (error 1205).
     */
    static boolean isLockTimeout(SQLException e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SQLException s
                    && ("55P03".equals(s.getSQLState())
                            || s.getErrorCode() == 50200
                            || "HYT00".equals(s.getSQLState())
                            || s.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    /** Connection exceptions (class 08), a terminated session (PostgreSQL 57P0x), H2's broken or closed database. */
    private static boolean connectionLost(String state) {
        return state.startsWith("08") || state.startsWith("57P0") || LOST_H2.contains(state);
    }

    private static final java.util.Set<String> LOST_H2 = java.util.Set.of("90067", "90098", "90121");

    /** The SQLState of {@code e} or of the first exception it chains to that has one. */
    static String sqlState(SQLException e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return "";
    }

    private static @org.jspecify.annotations.Nullable Throwable next(Throwable t) {
        if (t instanceof SQLException s && s.getNextException() != null) {
            return s.getNextException();
        }
        return t.getCause();
    }

    private static String conflictMessage(SQLException e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = next(t)) {
            all.append(' ').append(t.getMessage());
        }
        String text = all.toString().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> k : KEYS) {
            if (text.contains(k.getKey())) {
                return k.getValue();
            }
        }
        return "the change clashes with a stored entry (duplicate key)";
    }
}
