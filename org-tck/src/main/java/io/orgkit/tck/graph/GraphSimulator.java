package io.orgkit.tck.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.tck.sim.SimFaults;
import io.orgkit.tck.sim.SimMeter;
import io.orgkit.tck.sim.SimServer;
import io.orgkit.tck.sim.SimTokens;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Microsoft Entra ID and Microsoft Graph on 127.0.0.1 (random port; one server for both the login host and the
 * Graph host) for tests and benchmarks, built on the simulator kit {@link io.orgkit.tck.sim}. It answers:
 * <ul>
 *   <li>{@code POST /{tenant}/oauth2/v2.0/token}: client credentials (scope {@code https://graph.microsoft.com/.default})
 *       and authorization code with PKCE ({@code S256}), with Entra's {@code AADSTS} errors (90002 unknown tenant,
 *       700016 unknown client, 7000215 wrong secret, 7000222 expired secret, 54005 code redeemed, 501481 PKCE
 *       verifier mismatch);</li>
 *   <li>{@code GET /{tenant}/oauth2/v2.0/authorize} (redirects with a code when a user is signed in) and
 *       {@code GET /{tenant}/discovery/v2.0/keys} (JWKS); id tokens are RS256-signed with a key generated at start;</li>
 *   <li>{@code /v1.0/users} ({@code $select}, {@code $top} up to 999, absolute {@code @odata.nextLink}),
 *       {@code /v1.0/users/{id}}, {@code /v1.0/users/{id}/manager}, {@code /v1.0/users/delta} ({@code @removed},
 *       {@code @odata.deltaLink}, {@code $deltatoken=latest}, 410 {@code syncStateNotFound} for an expired token),
 *       {@code /v1.0/groups/{id}}, {@code /v1.0/groups/{id}/members}, {@code /v1.0/groups/{id}/owners},
 *       {@code /v1.0/users/{id}/memberOf} and {@code /v1.0/groups/{id}/memberOf} (direct groups),
 *       {@code /v1.0/groups/delta} (changed groups with {@code displayName} and, when {@code members} is selected,
 *       {@code members@delta}: added members by type and id, removed ones with {@code @removed}; a deleted group as
 *       {@code @removed} reason {@code changed}; {@code $deltatoken=latest}; one page; 410 when expired);</li>
 *   <li>401 {@code InvalidAuthenticationToken} for an expired token, 403 {@code Authorization_RequestDenied} for a
 *       revoked permission, and the kit's {@link #faults()} (429 with {@code Retry-After}, 5xx, latency).</li>
 * </ul>
 */
public final class GraphSimulator implements AutoCloseable {
    /** The tenant (directory) id of {@link #start()}'s simulator. */
    public static final String DEFAULT_TENANT = "11111111-2222-3333-4444-555555555555";
    /** The application (client) id that {@link #start()}'s simulator accepts. */
    public static final String DEFAULT_CLIENT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    /** The client secret that {@link #start()}'s simulator accepts with {@link #DEFAULT_CLIENT_ID}. */
    public static final String DEFAULT_CLIENT_SECRET = "sim~client~secret~0123456789";
    /** Most items on one page of {@code /users/delta}. */
    public static final int DELTA_PAGE = 200;

    private final ObjectMapper json = new ObjectMapper();
    private final GraphDirectory directory = new GraphDirectory();
    private final SimFaults faults = new SimFaults();
    private final SimTokens tokens = new SimTokens();
    private final SimMeter meter = new SimMeter();
    private final Set<GraphPermission> revoked = EnumSet.noneOf(GraphPermission.class);
    private final GraphLogin login = new GraphLogin(json);
    private final String tenant;
    private final String clientId;
    private final String clientSecret;
    private final SimServer server;
    private volatile boolean secretExpired;
    private volatile boolean answerEmpty;
    private volatile boolean partialDeltaUpdates;
    private volatile long deltaEpoch = 1;

    private GraphSimulator(String tenant, String clientId, String clientSecret) {
        this.tenant = tenant;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        server = SimServer.start(
                "graph-simulator", new GraphExchange(this, json), faults, meter, SimServer.DEFAULT_THREADS);
    }

    /** A simulator of {@link #DEFAULT_TENANT} with the app {@link #DEFAULT_CLIENT_ID} / {@link #DEFAULT_CLIENT_SECRET}. */
    public static GraphSimulator start() {
        return start(DEFAULT_TENANT, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
    }

    /** A simulator of {@code tenant} with one app registration: {@code clientId} and its secret. */
    public static GraphSimulator start(String tenant, String clientId, String clientSecret) {
        return new GraphSimulator(tenant, clientId, clientSecret);
    }

    /** The base URL for both the login host and the Graph host ({@code http://127.0.0.1:<port>}). */
    public URI baseUrl() {
        return server.baseUrl();
    }

    /** The Directory (tenant) ID. */
    public String tenant() {
        return tenant;
    }

    /** The app's Application (client) ID. */
    public String clientId() {
        return clientId;
    }

    /** The app's client secret value. */
    public String clientSecret() {
        return clientSecret;
    }

    /** The tenant's users and groups. */
    public GraphDirectory directory() {
        return directory;
    }

    /** Faults to inject into the next answers. */
    public SimFaults faults() {
        return faults;
    }

    /**
     * Back to a fresh tenant: the root group alone, no users, no faults, every permission granted, the secret
     * valid, no signed-in user, valid id tokens, counters at zero. Issued access tokens stay valid.
     */
    public synchronized GraphSimulator reset() {
        directory.clear();
        faults.clear();
        revoked.clear();
        meter.reset();
        secretExpired = false;
        answerEmpty = false;
        partialDeltaUpdates = false;
        login.signInAs(null);
        login.fault(IdTokenFault.NONE);
        return this;
    }

    /** Takes a permission away (as if admin consent for it were revoked): calls needing it answer 403. */
    public synchronized GraphSimulator revoke(GraphPermission permission) {
        revoked.add(permission);
        return this;
    }

    /** Gives a revoked permission back (admin consent granted again). */
    public synchronized GraphSimulator grant(GraphPermission permission) {
        revoked.remove(permission);
        return this;
    }

    synchronized boolean granted(GraphPermission permission) {
        return !revoked.contains(permission);
    }

    /** While on, the client secret is refused as expired (AADSTS7000222). */
    public GraphSimulator secretExpired(boolean on) {
        secretExpired = on;
        return this;
    }

    boolean secretExpired() {
        return secretExpired;
    }

    /** While on, {@code /users} lists nobody and the root group has no members. */
    public GraphSimulator answerEmpty(boolean on) {
        answerEmpty = on;
        return this;
    }

    boolean answerEmpty() {
        return answerEmpty;
    }

    /** While on, a delta round lists a changed (not new) user with its id and display name only, as Graph may. */
    public GraphSimulator partialDeltaUpdates(boolean on) {
        partialDeltaUpdates = on;
        return this;
    }

    boolean partialDeltaUpdates() {
        return partialDeltaUpdates;
    }

    /** Every delta token issued so far becomes unknown: using one answers 410 {@code syncStateNotFound}. */
    public GraphSimulator expireDeltaTokens() {
        deltaEpoch++;
        return this;
    }

    long deltaEpoch() {
        return deltaEpoch;
    }

    /** Every access token issued so far expires now (calls with it answer 401). */
    public void expireTokens() {
        tokens.expireAll();
    }

    /** How long new access tokens live ({@code expires_in}); 7200 s unless set. */
    public GraphSimulator tokenLifetime(Duration lifetime) {
        tokens.lifetime(lifetime);
        return this;
    }

    /** The authorize page signs in as the user {@code oid} and redirects with a code; null: it only shows a page. */
    public GraphSimulator signInAs(@Nullable String oid) {
        login.signInAs(oid);
        return this;
    }

    /** What is wrong with the id tokens handed out from now on. */
    public GraphSimulator idTokenFault(IdTokenFault fault) {
        login.fault(fault);
        return this;
    }

    /** A new signing key becomes current (the JWKS publishes it next to the old one). */
    public GraphSimulator rotateSigningKey() {
        login.rotate();
        return this;
    }

    /** Every call waits {@code delay} before it is answered (zero: none); {@link #reset()} ends it. */
    public GraphSimulator latency(Duration delay) {
        faults.latency(delay);
        return this;
    }

    /** Calls to {@code path} (e.g. {@code /v1.0/users}), faulted ones included. */
    public long calls(String path) {
        return meter.calls(path);
    }

    /** Every call answered since the last counter reset, token calls included. */
    public long totalCalls() {
        return meter.total();
    }

    /** Calls to the token endpoint. */
    public long tokenCalls() {
        return meter.calls(tokenPath());
    }

    /** Calls per path since the last counter reset. */
    public Map<String, Long> callsByPath() {
        return meter.byPath();
    }

    /** The most calls answered at the same time since the last counter reset. */
    public int peakInFlight() {
        return meter.peakInFlight();
    }

    /** Sets every call counter to zero. */
    public void resetCounters() {
        meter.reset();
    }

    String tokenPath() {
        return "/" + tenant + "/oauth2/v2.0/token";
    }

    SimTokens tokens() {
        return tokens;
    }

    GraphLogin login() {
        return login;
    }

    @Override
    /** Stops serving. */
    public void close() {
        server.close();
    }
}
