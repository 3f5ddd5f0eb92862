package io.orgkit.core.organizations;

import io.orgkit.core.internal.Check;
import org.jspecify.annotations.Nullable;

/** The person who creates an organization; they become its leader and administrator. */
public record Creator(String name, @Nullable String phone) {
    public Creator {
        Check.notNull(name, "name");
    }

    public static Creator named(String name) {
        return new Creator(name, null);
    }
}
