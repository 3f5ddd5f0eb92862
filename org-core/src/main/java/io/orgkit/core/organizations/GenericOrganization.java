package io.orgkit.core.organizations;

import io.orgkit.core.internal.Check;
import io.orgkit.core.spi.Secret;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link NewOrganization} for a generic (locally maintained) organization:
 * <pre>{@code GenericOrganization.named("ACME", "Alice Zhang").phone("+86 138 0013 8000").build()}</pre>
 * The leader's account password defaults to {@value #DEFAULT_PASSWORD} and must be changed at first sign-in.
 */
public final class GenericOrganization {
    public static final String DEFAULT_PASSWORD = "admin123";

    private final String name;
    private final String leaderName;
    private @Nullable String phone;
    private Secret password = Secret.of(DEFAULT_PASSWORD);
    private boolean allowJoin = true;

    private GenericOrganization(String name, String leaderName) {
        this.name = Check.notNull(name, "name");
        this.leaderName = Check.notNull(leaderName, "leaderName");
    }

    public static GenericOrganization named(String name, String leaderName) {
        return new GenericOrganization(name, leaderName);
    }

    public GenericOrganization phone(@Nullable String leaderPhone) {
        this.phone = leaderPhone;
        return this;
    }

    public GenericOrganization password(String leaderPassword) {
        this.password = Secret.of(leaderPassword);
        return this;
    }

    public GenericOrganization allowJoin(boolean allow) {
        this.allowJoin = allow;
        return this;
    }

    public NewOrganization build() {
        return new NewOrganization(Organization.GENERIC, name, Map.of(), Map.of(),
                new Creator(leaderName, phone), password, allowJoin);
    }
}
