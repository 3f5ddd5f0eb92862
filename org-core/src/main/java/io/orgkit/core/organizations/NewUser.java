package io.orgkit.core.organizations;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A user who just registered with the host application. */
public record NewUser(String name, @Nullable String phone, @Nullable String email) {
    public NewUser {
        Objects.requireNonNull(name, "name");
    }
}
