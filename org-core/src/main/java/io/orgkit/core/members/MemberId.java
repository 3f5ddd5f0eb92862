package io.orgkit.core.members;

import io.orgkit.core.internal.Ids;

/** Identifies a member within its organization. */
public record MemberId(String value) {
    /**
     * Validates the id.
     *
     * @throws io.orgkit.core.ValidationException when the value is blank, too long or contains '/'
     */
    public MemberId {
        Ids.check(value, "MemberId");
    }

    /**
     * An id from its text (as {@link #value()} gave it).
     *
     * @param value the id's text
     * @return the id
     * @throws io.orgkit.core.ValidationException when the value is blank, too long or contains '/'
     */
    public static MemberId of(String value) {
        return new MemberId(value);
    }

    /** {@return a new random id} */
    public static MemberId random() {
        return new MemberId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
