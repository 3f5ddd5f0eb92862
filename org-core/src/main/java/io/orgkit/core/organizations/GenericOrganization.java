package io.orgkit.core.organizations;

import io.orgkit.core.internal.Check;
import io.orgkit.core.spi.Secret;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link NewOrganization} for a generic (locally maintained) organization:
 * <pre>{@code GenericOrganization.named("ACME", "Alice Zhang").phone("+86 138 0013 8000").build()}</pre>
 * The leader's account password is the service's initial password unless {@link #password} gives one: the documented
 * {@value #DEFAULT_PASSWORD}, or what {@code OrganizationService.builder().initialPassword(...)} configures (the
 * application's own, or a generated one-time password handed back by {@code Org.initialPassword()}). Either way the
 * leader must change it at the first sign-in.
 */
public final class GenericOrganization {
    /** The documented default initial password, {@value}. */
    public static final String DEFAULT_PASSWORD = io.orgkit.core.accounts.InitialPassword.DEFAULT;

    private final String name;
    private final String leaderName;
    private @Nullable String phone;
    private @Nullable Secret password;
    private boolean allowJoin = true;

    private GenericOrganization(String name, String leaderName) {
        this.name = Check.notNull(name, "name");
        this.leaderName = Check.notNull(leaderName, "leaderName");
    }

    /**
     * Starts a generic organization.
     *
     * @param name the organization's name, 1-100 characters
     * @param leaderName its leader's name (the first member, holding the administrator role)
     * @return the builder
     */
    public static GenericOrganization named(String name, String leaderName) {
        return new GenericOrganization(name, leaderName);
    }

    /**
     * Sets the leader's phone number (any common format).
     *
     * @param leaderPhone the phone number, or null for none
     * @return this builder
     */
    public GenericOrganization phone(@Nullable String leaderPhone) {
        this.phone = leaderPhone;
        return this;
    }

    /** The leader's initial password, instead of the service's initial password; still must-change. */
    public GenericOrganization password(String leaderPassword) {
        this.password = Secret.of(leaderPassword);
        return this;
    }

    /**
     * Whether people may ask to join (default off).
     *
     * @param allow the setting
     * @return this builder
     */
    public GenericOrganization allowJoin(boolean allow) {
        this.allowJoin = allow;
        return this;
    }

    /** {@return the request, for {@code OrganizationService.create}} */
    public NewOrganization build() {
        return new NewOrganization(
                Organization.GENERIC, name, Map.of(), Map.of(), new Creator(leaderName, phone), password, allowJoin);
    }
}
