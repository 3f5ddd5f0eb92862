package io.orgkit.core.members;

import io.orgkit.core.internal.Ids;

/** Identifies a member within its organization. */
public record MemberId(String value) {
    public MemberId {
        Ids.check(value, "MemberId");
    }

    public static MemberId of(String value) {
        return new MemberId(value);
    }

    public static MemberId random() {
        return new MemberId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
