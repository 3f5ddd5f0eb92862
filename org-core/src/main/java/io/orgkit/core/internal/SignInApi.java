package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.signin.SignIn;
import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.signin.SignInRefusedException.Reason;
import io.orgkit.core.signin.SignInStart;
import io.orgkit.core.spi.LoginProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The sign-in of one organization. A state is 32 random bytes; only its SHA-256 is stored (single use, expiring,
 * scoped to the organization), with the redirect URI it was issued for.
 */
final class SignInApi implements SignIn {
    static final String KIND = "signin";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ServiceContext ctx;
    private final OrgId org;

    SignInApi(ServiceContext ctx, OrgId org) {
        this.ctx = ctx;
        this.org = org;
    }

    @Override
    public SignInStart start(URI redirectUri) {
        Objects.requireNonNull(redirectUri, "redirectUri");
        if (!redirectUri.isAbsolute()
                || !("https".equals(redirectUri.getScheme()) || "http".equals(redirectUri.getScheme()))
                || redirectUri.toString().length() > 1_000) {
            throw ValidationException.of("redirectUri", "must be an absolute http(s) URI of at most 1000 characters");
        }
        LoginProvider login = login();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = ctx.clock().instant().plus(STATE_TTL);
        ctx.write(org, tx -> {
            tx.session().deleteExpiredSingleUse(ctx.clock().instant());
            tx.session().insertSingleUse(org, KIND, digest(state), redirectUri.toString(), expires);
            return null;
        });
        return new SignInStart(login.authorizeUrl(redirectUri, state), state, expires);
    }

    @Override
    public Member complete(String code, String state) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(state, "state");
        LoginProvider login = login();
        boolean valid = state.length() <= 100
                && ctx.write(
                                org,
                                tx -> tx.session()
                                        .takeSingleUse(
                                                org,
                                                KIND,
                                                digest(state),
                                                ctx.clock().instant()))
                        .isPresent();
        if (!valid) {
            throw new SignInRefusedException(
                    Reason.STATE_INVALID,
                    "This sign-in link has expired or was used" + " already. Start the sign-in again.");
        }
        if (code.isBlank() || code.length() > 500) {
            throw new SignInRefusedException(Reason.CODE_INVALID, "The sign-in did not complete. Start it again.");
        }
        String userId = login.exchange(code);
        Member m = ctx.read(s -> s.memberByExternalId(org, userId))
                .orElseThrow(() -> new SignInRefusedException(
                        Reason.NOT_A_MEMBER,
                        "Your account is not a member of " + name() + ". Ask its administrator to add"
                                + " you, then sign in again."));
        if (!m.isActive()) {
            throw new SignInRefusedException(
                    Reason.RESIGNED,
                    "Your membership of " + name() + " has ended, so you"
                            + " cannot sign in here. Ask its administrator if this is wrong.");
        }
        return m;
    }

    private LoginProvider login() {
        Organization o = ctx.read(s -> Guard.organization(s, org));
        if (!o.isSynced()) {
            throw ValidationException.of(
                    "type",
                    "organization '" + o.name() + "' is a generic organization; its"
                            + " members sign in with their password (accounts())");
        }
        return io.orgkit.core.internal.sync.DefaultSync.provider(ctx, o)
                .login(OrgOps.settings(ctx, o))
                .orElseThrow(() -> ValidationException.of("type", "the " + o.type() + " provider offers no sign-in"));
    }

    private String name() {
        return "'" + ctx.read(s -> Guard.organization(s, org)).name() + "'";
    }

    static String digest(String state) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
