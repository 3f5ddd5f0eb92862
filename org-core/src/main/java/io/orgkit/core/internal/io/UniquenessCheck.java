package io.orgkit.core.internal.io;

import io.orgkit.core.internal.Quote;
import io.orgkit.core.internal.members.MemberKeys;
import io.orgkit.core.internal.members.MemberRules;
import io.orgkit.core.io.MemberColumn;
import io.orgkit.core.io.RowError;
import io.orgkit.core.io.SourceRow;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.store.UniqueKey;
import java.util.EnumMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Employee ID, phone and email must be unique: within the file (the first row holding a value keeps it) and
 * against existing members, except the member a row updates (upsert by employee ID).
 */
final class UniquenessCheck {
    private final ExistingMembers existing;
    private final HeaderMap header;
    private final boolean upsert;
    private final EnumMap<UniqueKey, ValueIndex> seen = new EnumMap<>(UniqueKey.class);

    UniquenessCheck(ExistingMembers existing, HeaderMap header, boolean upsert) {
        this.existing = existing;
        this.header = header;
        this.upsert = upsert;
        for (UniqueKey k : UniqueKey.values()) {
            seen.put(k, new ValueIndex());
        }
    }

    /** The existing member the row updates (null: a new member), adding a problem per clash. */
    @Nullable
    MemberId check(SourceRow row, Keys keys, List<RowError> errors) {
        int target = target(keys);
        check(row, UniqueKey.EMPLOYEE_ID, MemberColumn.EMPLOYEE_ID, keys.employeeId(), target, errors);
        check(row, UniqueKey.PHONE, MemberColumn.PHONE, keys.phone(), target, errors);
        check(row, UniqueKey.EMAIL, MemberColumn.EMAIL, keys.email(), target, errors);
        return target == ExistingMembers.NONE ? null : existing.id(target);
    }

    private int target(Keys keys) {
        return keys.employeeId() == null || !upsert
                ? ExistingMembers.NONE
                : existing.holder(UniqueKey.EMPLOYEE_ID, UniqueKey.EMPLOYEE_ID.canonical(keys.employeeId()));
    }

    /** Drops the values seen in the file (reading is over; writing needs only {@link #target}). */
    void doneReading() {
        seen.clear();
    }

    /** A row's normalized unique values; null where absent or invalid (an invalid value is reported elsewhere). */
    record Keys(
            @Nullable String employeeId,
            @Nullable String phone,
            @Nullable String email) {
        static Keys of(Member m) {
            return new Keys(m.employeeId(), m.phone(), m.email());
        }

        static Keys lenient(
                MemberRules rules, @Nullable String employeeId, @Nullable String phone, @Nullable String email) {
            return new Keys(
                    valid(employeeId, (r, v) -> r.text("e", v, io.orgkit.core.internal.Rules.MAX_FIELD)),
                    valid(phone, (r, v) -> rules.phone(r, "p", v)),
                    valid(email, (r, v) -> r.email("m", v)));
        }

        private static @Nullable String valid(
                @Nullable String raw,
                java.util.function.BiFunction<io.orgkit.core.internal.Rules, String, @Nullable String> rule) {
            io.orgkit.core.internal.Rules r = io.orgkit.core.internal.Rules.check();
            String v = raw == null ? null : rule.apply(r, raw);
            return r.ok() ? v : null;
        }
    }

    private void check(
            SourceRow row,
            UniqueKey key,
            MemberColumn column,
            @Nullable String value,
            int target,
            List<RowError> errors) {
        if (value == null) {
            return;
        }
        String label = header.label(column);
        String canonical = key.canonical(value);
        int first = java.util.Objects.requireNonNull(seen.get(key)).putIfAbsent(canonical, row.number());
        if (first != 0) {
            errors.add(new RowError(
                    row.number(),
                    label,
                    Quote.of(value) + " appears also in row " + first + "; each member needs their own"));
            return;
        }
        int holder = existing.holder(key, canonical);
        if (holder != ExistingMembers.NONE && holder != target) {
            String hint = key == UniqueKey.EMPLOYEE_ID && !upsert
                    ? "; to update existing members, import with upsertByEmployeeId"
                    : "";
            errors.add(new RowError(
                    row.number(),
                    label,
                    MemberKeys.usedBy(value, existing.name(holder), existing.isActive(holder))
                            + (existing.isActive(holder) ? hint : MemberKeys.rehireHint(existing.name(holder)))));
        }
    }
}
