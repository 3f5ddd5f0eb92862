package io.orgkit.core.organizations;

import io.orgkit.core.internal.Check;
import org.jspecify.annotations.Nullable;

/** A user who just registered with the host application. */
public record NewUser(
        String name, @Nullable String phone, @Nullable String email) {
    /**
     * Validates the user.
     *
     * @throws io.orgkit.core.ValidationException when the name is missing
     */
    public NewUser {
        Check.notNull(name, "name");
    }
}
