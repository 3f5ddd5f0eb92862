package io.orgkit.core.accounts;

import java.util.Objects;

/**
 * The password a new leader's account (and an administrator's {@link Accounts#resetPassword reset}) starts with,
 * configured with {@code OrganizationService.builder().initialPassword(...)}. Either way it is flagged
 * must-change, so the first sign-in answers {@link SignInResult#MUST_CHANGE_PASSWORD}.
 * <ul>
 *   <li>{@link #standard()}: the documented {@value #DEFAULT} (the default);</li>
 *   <li>{@link #fixed(String)}: the application's own default;</li>
 *   <li>{@link #generated()}: a fresh random one-time password each time, handed back once to the caller of the
 *       creating call ({@code Org.initialPassword()}) or of {@code resetPassword}, and never logged or stored in
 *       plain text.</li>
 * </ul>
 */
public final class InitialPassword {
    /** The documented default initial password. */
    public static final String DEFAULT = "admin123";

    private final String fixed;
    private final boolean generated;

    private InitialPassword(String fixed, boolean generated) {
        this.fixed = fixed;
        this.generated = generated;
    }

    /** The documented default, {@value #DEFAULT}. */
    public static InitialPassword standard() {
        return new InitialPassword(DEFAULT, false);
    }

    /**
     * The application's own default (checked against the password rules when the service is built).
     *
     * @throws NullPointerException if {@code password} is null
     */
    public static InitialPassword fixed(String password) {
        return new InitialPassword(Objects.requireNonNull(password, "password"), false);
    }

    /** A new random one-time password (16 characters) each time one is needed. */
    public static InitialPassword generated() {
        return new InitialPassword("", true);
    }

    /** Whether each initial password is generated. */
    public boolean isGenerated() {
        return generated;
    }

    /** The fixed password; empty when {@link #isGenerated()}. */
    public String fixedValue() {
        return fixed;
    }

    @Override
    public String toString() {
        return isGenerated() ? "InitialPassword[generated]" : "InitialPassword[fixed]";
    }
}
