package io.orgkit.core.internal.io;

import io.orgkit.core.internal.members.MemberKeys;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.store.UniqueKey;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;

/**
 * The organization's members by unique key, loaded once so rows are checked without a store call each. Keeps only
 * what checking needs (id, name, resigned or not, and the keys in {@link ValueIndex}es), not the members: an
 * update loads its member again inside the write transaction.
 */
final class ExistingMembers {
    static final int NONE = -1;

    private final EnumMap<UniqueKey, ValueIndex> byKey = new EnumMap<>(UniqueKey.class);
    private final MemberId[] ids;
    private final String[] names;
    private final BitSet resigned = new BitSet();

    ExistingMembers(List<Member> all) {
        for (UniqueKey k : UniqueKey.values()) {
            byKey.put(k, new ValueIndex());
        }
        ids = new MemberId[all.size()];
        names = new String[all.size()];
        for (int i = 0; i < ids.length; i++) {
            Member m = all.get(i);
            ids[i] = m.id();
            names[i] = m.name();
            resigned.set(i, !m.isActive());
            for (UniqueKey k : UniqueKey.values()) {
                put(k, MemberKeys.canonical(m, k), i);
            }
        }
    }

    private void put(UniqueKey key, @org.jspecify.annotations.Nullable String value, int index) {
        if (value != null) {
            java.util.Objects.requireNonNull(byKey.get(key)).putIfAbsent(value, index + 1);
        }
    }

    /** The index of the member holding {@code canonical} ({@link UniqueKey#canonical}), or {@link #NONE}. */
    int holder(UniqueKey key, String value) {
        return java.util.Objects.requireNonNull(byKey.get(key)).get(value) - 1;
    }

    MemberId id(int holder) {
        return ids[holder];
    }

    String name(int holder) {
        return names[holder];
    }

    boolean isActive(int holder) {
        return !resigned.get(holder);
    }
}
