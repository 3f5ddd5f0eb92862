package io.orgkit.provider.teams.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.signin.SignInRefusedException.Reason;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validates a Microsoft identity platform v2.0 id token with the JDK alone: compact JWS of at most
 * {@value #MAX_LENGTH} characters, {@code alg} RS256 only, RSASSA-PKCS1-v1_5 with SHA-256 against the tenant's key
 * of that {@code kid} (JWKS cached per keys URL; fetched again when a token names a key the cache does not have,
 * then at most once a minute, so forged key ids cannot make it fetch on every sign-in), then {@code iss} = {@code {login}/{tenant}/v2.0} of the token's own {@code tid} (which must
 * be the configured tenant when that is a tenant id), {@code aud} = the client id, {@code exp} and {@code nbf}
 * within {@value #SKEW_SECONDS} s of skew, and {@code nonce} equal to the sign-in's. Gives the {@code oid} claim.
 */
final class IdTokens {
    /** Longest id token accepted, in characters. */
    static final int MAX_LENGTH = 16_384;
    /** Most keys one JWKS may publish. */
    static final int MAX_KEYS = 50;

    static final long SKEW_SECONDS = 300;
    private static final Duration REFETCH_PAUSE = Duration.ofMinutes(1);
    private static final int MAX_CACHED_TENANTS = 1_000;
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, KeySet> CACHE = new ConcurrentHashMap<>();

    /** One tenant's keys by kid, when they were fetched, and whether that fetch was for an unknown kid. */
    private record KeySet(Map<String, PublicKey> keys, Instant fetchedAt, boolean refetched) {}

    private final String keysUrl;
    private final String loginUrl;
    private final String tenantId;
    private final String clientId;
    private final Supplier<JsonNode> fetchKeys;

    IdTokens(String loginUrl, String tenantId, String clientId, Supplier<JsonNode> fetchKeys) {
        this.loginUrl = loginUrl;
        this.tenantId = tenantId;
        this.clientId = clientId;
        this.keysUrl = loginUrl + "/" + tenantId + "/discovery/v2.0/keys";
        this.fetchKeys = fetchKeys;
    }

    /** Drops every cached key set (tests). */
    static void clearCache() {
        CACHE.clear();
    }

    /**
     * The {@code oid} of a valid token.
     *
     * @throws SignInRefusedException TOKEN_INVALID saying what did not verify
     */
    String verify(@Nullable String token, String nonce, Instant now) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            throw refused("the id token is missing or longer than " + MAX_LENGTH + " characters");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw refused("the id token is not a signed JWT");
        }
        JsonNode header = json(parts[0]);
        if (!"RS256".equals(header.path("alg").asText())) {
            throw refused("the id token is not signed with RS256");
        }
        PublicKey key = key(header.path("kid").asText(""), now);
        if (!signatureVerifies(key, parts)) {
            throw refused("the id token's signature does not verify");
        }
        JsonNode claims = json(parts[1]);
        String tid = claims.path("tid").asText("");
        if (GUID.matcher(tenantId).matches() && !tenantId.equalsIgnoreCase(tid)) {
            throw refused("the id token was issued for another tenant");
        }
        if (!(loginUrl + "/" + tid + "/v2.0").equals(claims.path("iss").asText())) {
            throw refused("the id token's issuer is not the tenant's");
        }
        if (!audienceIsClient(claims.path("aud"))) {
            throw refused("the id token was issued to another app");
        }
        long t = now.getEpochSecond();
        if (!claims.path("exp").canConvertToLong() || claims.path("exp").asLong() + SKEW_SECONDS < t) {
            throw refused("the id token has expired");
        }
        if (claims.has("nbf") && claims.path("nbf").asLong() - SKEW_SECONDS > t) {
            throw refused("the id token is not valid yet");
        }
        if (nonce.isEmpty()
                || !MessageDigest.isEqual(
                        nonce.getBytes(StandardCharsets.UTF_8),
                        claims.path("nonce").asText("").getBytes(StandardCharsets.UTF_8))) {
            throw refused("the id token belongs to another sign-in (nonce)");
        }
        String oid = claims.path("oid").asText("");
        if (!Users.validId(oid)) {
            throw refused("the id token names no user (oid)");
        }
        return oid;
    }

    private boolean audienceIsClient(JsonNode aud) {
        return aud.isTextual() && clientId.equals(aud.asText());
    }

    private PublicKey key(String kid, Instant now) {
        KeySet set = CACHE.get(keysUrl);
        if (set == null) {
            set = fetch(now, false);
        } else if (!set.keys().containsKey(kid)
                && (!set.refetched() || !now.isBefore(set.fetchedAt().plus(REFETCH_PAUSE)))) {
            set = fetch(now, true);
        }
        PublicKey key = set.keys().get(kid);
        if (key == null) {
            throw refused("the id token is signed with a key the tenant does not publish");
        }
        return key;
    }

    private KeySet fetch(Instant now, boolean refetched) {
        JsonNode keys = fetchKeys.get().path("keys");
        Map<String, PublicKey> out = new HashMap<>();
        if (keys.isArray()) {
            for (int i = 0; i < keys.size() && i < MAX_KEYS; i++) {
                JsonNode k = keys.get(i);
                if ("RSA".equals(k.path("kty").asText())
                        && !k.path("kid").asText("").isEmpty()) {
                    PublicKey key = rsa(k.path("n").asText(""), k.path("e").asText(""));
                    if (key != null) {
                        out.put(k.path("kid").asText(), key);
                    }
                }
            }
        }
        if (CACHE.size() >= MAX_CACHED_TENANTS) {
            CACHE.clear();
        }
        KeySet set = new KeySet(Map.copyOf(out), now, refetched);
        CACHE.put(keysUrl, set);
        return set;
    }

    private static @Nullable PublicKey rsa(String n, String e) {
        if (n.isEmpty() || n.length() > 1_400 || e.isEmpty() || e.length() > 16) {
            return null;
        }
        try {
            Base64.Decoder d = Base64.getUrlDecoder();
            return KeyFactory.getInstance("RSA")
                    .generatePublic(
                            new RSAPublicKeySpec(new BigInteger(1, d.decode(n)), new BigInteger(1, d.decode(e))));
        } catch (GeneralSecurityException | IllegalArgumentException ex) {
            return null;
        }
    }

    private static boolean signatureVerifies(PublicKey key, String[] parts) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return s.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode json(String part) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(part));
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException | IllegalArgumentException e) {
            // refused below
        }
        throw refused("the id token is not valid JSON");
    }

    private static SignInRefusedException refused(String why) {
        return new SignInRefusedException(
                Reason.TOKEN_INVALID,
                "Microsoft's answer could not be verified (" + why + "). Start the sign-in again; if it keeps"
                        + " failing, ask the administrator to check the app registration.");
    }
}
