package io.orgkit.core.internal.io;

import io.orgkit.core.members.Member;
import io.orgkit.core.store.UniqueKey;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The organization's members by unique key, loaded once so rows are checked without a store call each. */
final class ExistingMembers {
    private final EnumMap<UniqueKey, Map<String, Member>> byKey = new EnumMap<>(UniqueKey.class);

    ExistingMembers(List<Member> all) {
        for (UniqueKey k : UniqueKey.values()) {
            byKey.put(k, new HashMap<>(all.size() * 2));
        }
        for (Member m : all) {
            put(UniqueKey.EMPLOYEE_ID, m.employeeId(), m);
            put(UniqueKey.PHONE, m.phone(), m);
            put(UniqueKey.EMAIL, m.email(), m);
        }
    }

    private void put(UniqueKey key, @Nullable String value, Member m) {
        if (value != null) {
            byKey.get(key).put(value, m);
        }
    }

    @Nullable Member holder(UniqueKey key, String value) {
        return byKey.get(key).get(value);
    }
}
