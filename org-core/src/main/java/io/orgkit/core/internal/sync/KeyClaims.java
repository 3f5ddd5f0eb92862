package io.orgkit.core.internal.sync;

import io.orgkit.core.internal.members.MemberKeys;
import io.orgkit.core.members.Member;
import io.orgkit.core.store.UniqueKey;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who holds each employee ID, phone and email, in memory, by the form {@link MemberKeys} compares them in; a clash
 * is worded by {@link MemberKeys#usedBy} like on every other path.
 */
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
            String v = MemberKeys.canonical(m, k);
            if (v != null) {
                java.util.Objects.requireNonNull(holders.get(k)).putIfAbsent(v, m);
            }
        }
    }

    /** Whether the two hold the same employee ID, phone and email (in the form they are compared in). */
    static boolean sameKeys(Member a, Member b) {
        for (UniqueKey k : UniqueKey.values()) {
            if (!java.util.Objects.equals(MemberKeys.canonical(a, k), MemberKeys.canonical(b, k))) {
                return false;
            }
        }
        return true;
    }

    /** Why {@code m} cannot hold its values (the first clash, as {@code field: detail}), or null when it can. */
    @Nullable
    String clash(Member m) {
        for (UniqueKey k : UniqueKey.values()) {
            Member other = holder(m, k);
            if (other != null) {
                return MemberKeys.field(k) + ": "
                        + MemberKeys.usedBy(
                                java.util.Objects.requireNonNull(MemberKeys.value(m, k)),
                                other.name(),
                                other.isActive());
            }
        }
        return null;
    }

    /** Whether another member than {@code id} holds any of the member's values. */
    boolean heldByOther(Member m) {
        for (UniqueKey k : UniqueKey.values()) {
            if (holder(m, k) != null) {
                return true;
            }
        }
        return false;
    }

    private @Nullable Member holder(Member m, UniqueKey k) {
        String v = MemberKeys.canonical(m, k);
        Member other = v == null
                ? null
                : java.util.Objects.requireNonNull(holders.get(k)).get(v);
        return other != null && !other.id().equals(m.id()) ? other : null;
    }
}
