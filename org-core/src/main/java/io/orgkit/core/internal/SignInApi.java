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
import io.orgkit.core.spi.LoginRequest;
import io.orgkit.core.spi.SecretCipher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The sign-in of one organization. A state is 32 random bytes; only its SHA-256 is stored (single use, expiring,
 * scoped to the organization), with the redirect URI it was issued for and the {@link LoginRequest}'s nonce and
 * PKCE verifier (32 random bytes each; the verifier sealed with the service's cipher when it has one). Stored value:
 * {@code pkce1}, the verifier ({@code s:} sealed or {@code p:} plain), the nonce and the redirect URI, one per line.
 */
final class SignInApi implements SignIn {
    static final String KIND = "signin";
    private static final String STORED_FORMAT = "pkce1";
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
        String state = random();
        LoginRequest request = new LoginRequest(redirectUri, state, random(), random());
        Instant expires = ctx.clock().instant().plus(STATE_TTL);
        ctx.write(org, tx -> {
            tx.session().deleteExpiredSingleUse(ctx.clock().instant());
            tx.session().insertSingleUse(org, KIND, digest(state), stored(request), expires);
            return null;
        });
        return new SignInStart(login.authorizeUrl(request), state, expires);
    }

    private static String random() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private String stored(LoginRequest request) {
        SecretCipher cipher = ctx.cipher();
        String verifier = cipher == null
                ? "p:" + request.codeVerifier()
                : "s:" + cipher.encrypt(request.codeVerifier(), context());
        return String.join(
                "\n",
                STORED_FORMAT,
                verifier,
                request.nonce(),
                request.redirectUri().toString());
    }

    /** The request stored with a state; a value stored before nonces and verifiers were kept gives empty ones. */
    private LoginRequest request(String stored, String state) {
        String[] lines = stored.split("\n", 4);
        if (lines.length != 4 || !STORED_FORMAT.equals(lines[0])) {
            return new LoginRequest(URI.create(stored), state, "", "");
        }
        SecretCipher cipher = ctx.cipher();
        String verifier = lines[1].startsWith("s:") && cipher != null
                ? cipher.decrypt(lines[1].substring(2), context())
                : lines[1].substring(2);
        return new LoginRequest(URI.create(lines[3]), state, lines[2], verifier);
    }

    private String context() {
        return "signin-verifier:" + org.value();
    }

    @Override
    public Member complete(String code, String state) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(state, "state");
        LoginProvider login = login();
        Optional<String> stored = state.length() <= 100
                ? ctx.write(
                        org,
                        tx -> tx.session()
                                .takeSingleUse(
                                        org, KIND, digest(state), ctx.clock().instant()))
                : Optional.empty();
        if (stored.isEmpty()) {
            throw new SignInRefusedException(
                    Reason.STATE_INVALID,
                    "This sign-in link has expired or was used" + " already. Start the sign-in again.");
        }
        if (code.isBlank() || code.length() > 500) {
            throw new SignInRefusedException(Reason.CODE_INVALID, "The sign-in did not complete. Start it again.");
        }
        String userId = login.exchange(code, request(stored.get(), state));
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
