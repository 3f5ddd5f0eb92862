package io.orgkit.core.internal.members;

import io.orgkit.core.ConflictException;
import io.orgkit.core.internal.Quote;
import io.orgkit.core.members.Member;
import io.orgkit.core.store.StoreSession;
import io.orgkit.core.store.UniqueKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The owner of member uniqueness: employee ID, phone and email are unique within an organization when present,
 * compared in their {@link UniqueKey#canonical} form (employee IDs case-insensitively), over active and resigned
 * members. Single writes check against the store; bulk paths (import, sync) index the canonical forms in memory
 * with {@link #canonical} and word a clash with {@link #usedBy}, so every path says the same.
 */
public final class MemberKeys {
    private MemberKeys() {}

    /** The member's value of {@code key} as stored, or null. */
    public static @Nullable String value(Member m, UniqueKey key) {
        return switch (key) {
            case EMPLOYEE_ID -> m.employeeId();
            case PHONE -> m.phone();
            case EMAIL -> m.email();
        };
    }

    /** The member's value of {@code key} in the form clashes are found by, or null. */
    public static @Nullable String canonical(Member m, UniqueKey key) {
        String v = value(m, key);
        return v == null ? null : key.canonical(v);
    }

    /** The field name of a key, as in {@link io.orgkit.core.ValidationException}s ({@code employeeId}, ...). */
    public static String field(UniqueKey key) {
        return switch (key) {
            case EMPLOYEE_ID -> "employeeId";
            case PHONE -> "phone";
            case EMAIL -> "email";
        };
    }

    /** The one wording of a clash: {@code 'E001' is already used by Bob Li (resigned); each member needs their own}. */
    public static String usedBy(String value, String holder, boolean holderActive) {
        return Quote.of(value) + " is already used by " + holder + (holderActive ? "" : " (resigned)")
                + "; each member needs their own";
    }

    /**
     * What a new member clashing with a resigned one is told besides {@link #usedBy}: the person may be coming
     * back, and a re-hire keeps their record.
     */
    public static String rehireHint(String holder) {
        return "; if " + Quote.cut(holder) + " is coming back, re-hire them (members().rehire) instead of adding"
                + " them again";
    }

    /**
     * Refuses a value of employee ID, phone or email that another member of the organization holds (looked up in
     * the store; single writes).
     *
     * @param prefix put before the field name ({@code members[2].})
     * @throws ConflictException naming the first clashing field
     */
    public static void check(StoreSession s, Member m, String prefix) {
        check(s, m, prefix, false);
    }

    /**
     * {@link #check(StoreSession, Member, String)} for a member being added: a clash with a resigned member also
     * says how to re-hire them.
     *
     * @throws ConflictException naming the first clashing field
     */
    public static void check(StoreSession s, Member m, String prefix, boolean adding) {
        for (UniqueKey key : UniqueKey.values()) {
            String v = value(m, key);
            Optional<Member> other = v == null
                    ? Optional.empty()
                    : s.memberByKey(m.orgId(), key, v).filter(o -> !o.id().equals(m.id()));
            if (other.isPresent()) {
                throw ConflictException.onField(
                        prefix + field(key),
                        usedBy(
                                        java.util.Objects.requireNonNull(v),
                                        other.get().name(),
                                        other.get().isActive())
                                + (adding && !other.get().isActive()
                                        ? rehireHint(other.get().name())
                                        : ""));
            }
        }
    }
}
