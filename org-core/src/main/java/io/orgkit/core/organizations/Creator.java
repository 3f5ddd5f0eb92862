package io.orgkit.core.organizations;

import io.orgkit.core.internal.Check;
import org.jspecify.annotations.Nullable;

/** The person who creates an organization; they become its leader and administrator. */
public record Creator(String name, @Nullable String phone) {
    /**
     * Validates the creator.
     *
     * @throws io.orgkit.core.ValidationException when the name is missing
     */
    public Creator {
        Check.notNull(name, "name");
    }

    /**
     * A creator without a phone number.
     *
     * @param name the leader's name
     * @return the creator
     */
    public static Creator named(String name) {
        return new Creator(name, null);
    }
}
