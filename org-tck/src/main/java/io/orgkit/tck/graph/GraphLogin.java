package io.orgkit.tck.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The simulated tenant's sign-in: authorization codes bound to the client, redirect URI, PKCE challenge and nonce
 * they were issued for; RSA signing keys published as JWKS; RS256 id tokens with {@code oid}, {@code tid},
 * {@code nonce}, {@code iss}, {@code aud}, {@code iat}, {@code nbf}, {@code exp}.
 */
final class GraphLogin {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectMapper json;
    private final List<Key> published = new ArrayList<>();
    private final Key unpublished;
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private volatile IdTokenFault fault = IdTokenFault.NONE;
    private volatile @Nullable String signedInAs;
    private int keyNumber;

    record Key(String kid, KeyPair pair) {}

    /** An issued code and what it was issued for. */
    record Code(
            String oid,
            String clientId,
            String redirectUri,
            String challenge,
            String method,
            String nonce,
            boolean used) {}

    GraphLogin(ObjectMapper json) {
        this.json = json;
        published.add(newKey());
        this.unpublished = newKey();
    }

    private synchronized Key newKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return new Key("simkey" + (++keyNumber), g.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new signing key becomes current; the old one stays published. */
    synchronized void rotate() {
        published.add(newKey());
    }

    void fault(IdTokenFault value) {
        fault = value;
    }

    void signInAs(@Nullable String oid) {
        signedInAs = oid;
    }

    @Nullable
    String signedInAs() {
        return signedInAs;
    }

    String issueCode(String oid, String clientId, String redirectUri, String challenge, String method, String nonce) {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        String code = "simcode." + B64.encodeToString(raw);
        codes.put(code, new Code(oid, clientId, redirectUri, challenge, method, nonce, false));
        return code;
    }

    /** Takes a code for redemption: null when unknown; the same code again is marked used. */
    synchronized @Nullable Code redeem(String code) {
        Code c = codes.get(code);
        if (c != null) {
            codes.put(
                    code, new Code(c.oid(), c.clientId(), c.redirectUri(), c.challenge(), c.method(), c.nonce(), true));
        }
        return c;
    }

    static boolean verifierMatches(Code code, String verifier) {
        if (!"S256".equals(code.method())) {
            return false;
        }
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return B64.encodeToString(sha).equals(code.challenge());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized ObjectNode jwks() {
        ObjectNode out = json.createObjectNode();
        ArrayNode keys = out.putArray("keys");
        for (Key k : published) {
            RSAPublicKey pub = (RSAPublicKey) k.pair().getPublic();
            ObjectNode n = keys.addObject();
            n.put("kty", "RSA");
            n.put("use", "sig");
            n.put("kid", k.kid());
            n.put("n", B64.encodeToString(unsigned(pub.getModulus())));
            n.put("e", B64.encodeToString(unsigned(pub.getPublicExponent())));
        }
        return out;
    }

    private static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        return b[0] == 0 && b.length > 1 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    /** An id token for {@code code}'s user, spoiled as the current {@link IdTokenFault} says. */
    String idToken(Code code, String issuer, String tenant, String name, String upn) {
        IdTokenFault f = fault;
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = json.createObjectNode();
        claims.put("aud", f == IdTokenFault.WRONG_AUDIENCE ? "another-app" : code.clientId());
        claims.put("iss", f == IdTokenFault.WRONG_ISSUER ? issuer.replace(tenant, "other-tenant") : issuer);
        claims.put("iat", now);
        claims.put("nbf", f == IdTokenFault.NOT_YET_VALID ? now + 3600 : now);
        claims.put("exp", f == IdTokenFault.EXPIRED ? now - 3600 : now + 3600);
        claims.put("name", name);
        claims.put("preferred_username", upn);
        claims.put("oid", code.oid());
        claims.put("sub", "sub-" + code.oid());
        claims.put("tid", tenant);
        claims.put("nonce", f == IdTokenFault.WRONG_NONCE ? "another-nonce" : code.nonce());
        claims.put("ver", "2.0");
        if (f == IdTokenFault.OVERSIZED) {
            claims.put("padding", "x".repeat(40_000));
        }
        Key key;
        synchronized (this) {
            key = f == IdTokenFault.UNKNOWN_KEY ? unpublished : published.get(published.size() - 1);
        }
        ObjectNode header = json.createObjectNode();
        header.put("alg", f == IdTokenFault.ALG_NONE ? "none" : "RS256");
        header.put("typ", "JWT");
        header.put("kid", key.kid());
        String signingInput = part(header) + "." + part(claims);
        if (f == IdTokenFault.ALG_NONE) {
            return signingInput + ".";
        }
        byte[] signature = sign(key, signingInput);
        if (f == IdTokenFault.BAD_SIGNATURE) {
            signature[signature.length / 2] ^= 0x5a;
        }
        return signingInput + "." + B64.encodeToString(signature);
    }

    private String part(ObjectNode node) {
        try {
            return B64.encodeToString(json.writeValueAsBytes(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sign(Key key, String input) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key.pair().getPrivate());
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
