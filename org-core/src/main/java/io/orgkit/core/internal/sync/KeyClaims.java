package io.orgkit.core.internal.sync;

import io.orgkit.core.members.Member;
import io.orgkit.core.store.UniqueKey;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Who holds each employee ID, phone and email: a map per key, filled from members in memory. */
final class KeyClaims {
    private final Map<UniqueKey, Map<String, Member>> holders = new EnumMap<>(UniqueKey.class);

    KeyClaims() {
        for (UniqueKey k : UniqueKey.values()) {
            holders.put(k, new HashMap<>());
        }
    }

    static KeyClaims of(Collection<Member> members) {
        KeyClaims claims = new KeyClaims();
        members.forEach(claims::claim);
        return claims;
    }

    /** Claims the member's values; values held by others are left with them. */
    void claim(Member m) {
        for (UniqueKey k : UniqueKey.values()) {
            String v = value(m, k);
            if (v != null) {
                holders.get(k).putIfAbsent(v, m);
            }
        }
    }

    /** Why {@code m} cannot hold its values (the first clash), or null when it can. */
    @Nullable String clash(Member m) {
        for (UniqueKey k : UniqueKey.values()) {
            String v = value(m, k);
            Member other = v == null ? null : holders.get(k).get(v);
            if (other != null && !other.id().equals(m.id())) {
                return label(k) + " '" + v + "' is already used by " + other.name()
                        + (other.externalId() != null ? " (" + other.externalId() + ")" : "")
                        + (other.isActive() ? "" : ", resigned") + "; each member needs their own — fix it on the"
                        + " platform, then sync again";
            }
        }
        return null;
    }

    /** Whether another member than {@code id} holds any of the member's values. */
    boolean heldByOther(Member m) {
        for (UniqueKey k : UniqueKey.values()) {
            String v = value(m, k);
            Member other = v == null ? null : holders.get(k).get(v);
            if (other != null && !other.id().equals(m.id())) {
                return true;
            }
        }
        return false;
    }

    static @Nullable String value(Member m, UniqueKey k) {
        return switch (k) {
            case EMPLOYEE_ID -> m.employeeId();
            case PHONE -> m.phone();
            case EMAIL -> m.email();
        };
    }

    private static String label(UniqueKey k) {
        return switch (k) {
            case EMPLOYEE_ID -> "Employee ID";
            case PHONE -> "Phone";
            case EMAIL -> "Email";
        };
    }
}
