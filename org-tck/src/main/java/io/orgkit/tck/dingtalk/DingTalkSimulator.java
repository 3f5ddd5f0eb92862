package io.orgkit.tck.dingtalk;

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
 * A DingTalk server on 127.0.0.1 (random port; built on the simulator kit {@link io.orgkit.tck.sim}) for tests and benchmarks. It answers {@code GET /gettoken},
 * the contacts calls of {@code topapi} (department listsub / listsubid / get, user list / listid /
 * getbyunionid) and member sign-in (login page, {@code /v1.0/oauth2/userAccessToken},
 * {@code /v1.0/contact/users/me}) from an
 * in-memory {@link #directory()}, with DingTalk's cursor paging and error codes, and lets a test inject
 * {@link #faults()} (also a {@link #latency} on every call), revoke permissions, expire tokens, cap calls per second or the monthly quota, and count
 * calls per path.
 * <pre>{@code
 * try (DingTalkSimulator sim = DingTalkSimulator.start().generate(42, 50, 1_000, 6)) {
 *     URI baseUrl = sim.baseUrl();   // give it to the provider as its baseUrl
 * }
 * }</pre>
 */
public final class DingTalkSimulator implements AutoCloseable {
    /** The AppKey {@link #start()} accepts. */
    public static final String DEFAULT_APP_KEY = "dingsimappkey";
    /** The AppSecret {@link #start()} accepts. */
    public static final String DEFAULT_APP_SECRET = "sim-app-secret-0123456789";
    /** The path of DingTalk's token call. */
    public static final String TOKEN_PATH = "/gettoken";

    private final ObjectMapper json = new ObjectMapper();
    private final SimDirectory directory = new SimDirectory("Simulated Corp");
    private final SimFaults faults = new SimFaults();
    private final SimTokens tokens = new SimTokens();
    private final SimMeter meter = new SimMeter();
    private final Set<DingTalkPermission> revoked = EnumSet.noneOf(DingTalkPermission.class);
    private final String appKey;
    private final String appSecret;
    private final SimLogin login;
    private final SimApi api;
    private final SimServer server;

    private DingTalkSimulator(String appKey, String appSecret) {
        this.appKey = appKey;
        this.appSecret = appSecret;
        SimAnswers answers = new SimAnswers(json);
        this.login = new SimLogin(this, json);
        this.api = new SimApi(directory, answers, json);
        SimExchange platform = new SimExchange(this, api, answers, json, login);
        server = SimServer.start("dingtalk-simulator", platform, faults, meter, SimServer.DEFAULT_THREADS);
    }

    /** Starts a simulator that accepts {@link #DEFAULT_APP_KEY} / {@link #DEFAULT_APP_SECRET}. */
    public static DingTalkSimulator start() {
        return start(DEFAULT_APP_KEY, DEFAULT_APP_SECRET);
    }

    /**
     * Starts a simulator on a free port of 127.0.0.1 that accepts these credentials.
     *
     * @param appKey the AppKey to accept
     * @param appSecret the AppSecret to accept
     * @return the running simulator; close it when done
     */
    public static DingTalkSimulator start(String appKey, String appSecret) {
        return new DingTalkSimulator(appKey, appSecret);
    }

    /** Fills the directory with a reproducible organization; see {@link OrgGenerator#generate}. */
    public DingTalkSimulator generate(long seed, int departments, int members, int maxDepth) {
        new OrgGenerator(directory, seed).generate(departments, members, maxDepth);
        return this;
    }

    /** The base URL to give the provider instead of {@code https://oapi.dingtalk.com}. */
    public URI baseUrl() {
        return server.baseUrl();
    }

    /** {@return the AppKey the simulator accepts} */
    public String appKey() {
        return appKey;
    }

    /** {@return the AppSecret the simulator accepts} */
    public String appSecret() {
        return appSecret;
    }

    /** {@return the simulated directory, to change between syncs} */
    public SimDirectory directory() {
        return directory;
    }

    /** {@return the fault injection} */
    public SimFaults faults() {
        return faults;
    }

    /**
     * Back to a fresh simulator: the root department alone, no faults, every permission granted, no quota or
     * rate limit, no signed-in member, counters at zero. Issued tokens stay valid.
     */
    public synchronized DingTalkSimulator reset() {
        directory.clear();
        faults.clear();
        revoked.clear();
        meter.quota(Long.MAX_VALUE);
        meter.maxQps(Integer.MAX_VALUE);
        meter.reset();
        api.answerEmpty(false);
        login.signInAs(null);
        return this;
    }

    /** While on, every call answers as if the directory held the root department alone (an empty scope). */
    public DingTalkSimulator answerEmpty(boolean on) {
        api.answerEmpty(on);
        return this;
    }

    /** Takes a permission away from the app: calls needing it answer errcode 88 / sub_code 60011. */
    public synchronized DingTalkSimulator revoke(DingTalkPermission permission) {
        revoked.add(permission);
        return this;
    }

    /**
     * Gives a permission back to the app.
     *
     * @param permission the permission
     * @return this simulator
     */
    public synchronized DingTalkSimulator grant(DingTalkPermission permission) {
        revoked.remove(permission);
        return this;
    }

    synchronized boolean granted(DingTalkPermission permission) {
        return !revoked.contains(permission);
    }

    /**
     * The login page ({@code /oauth2/auth}) signs in as {@code userid}: it redirects to the {@code redirect_uri}
     * with a single-use {@code authCode} and the {@code state}. Null: the page only shows "scan the QR code".
     */
    public DingTalkSimulator signInAs(@Nullable String userid) {
        login.signInAs(userid);
        return this;
    }

    /** A single-use sign-in code for {@code userid}, as the login page would hand it to the redirect. */
    public String issueLoginCode(String userid) {
        return login.issueCode(userid);
    }

    /** Every token issued so far expires now (later calls with it answer 42001). */
    public void expireTokens() {
        tokens.expireAll();
    }

    /** How long new tokens live ({@code expires_in}); 7200 s unless set. */
    public DingTalkSimulator tokenLifetime(Duration lifetime) {
        tokens.lifetime(lifetime);
        return this;
    }

    /** Every call waits {@code delay} before it is answered, as over a slow network (zero: none); {@link #reset()} ends it. */
    public DingTalkSimulator latency(Duration delay) {
        faults.latency(delay);
        return this;
    }

    /** After {@code calls} API calls (since the last {@link #resetCounters()}), calls answer 90020. */
    public DingTalkSimulator monthlyQuota(long calls) {
        meter.quota(calls);
        return this;
    }

    /** API calls beyond {@code qps} within one second answer 90018. */
    public DingTalkSimulator maxQps(int qps) {
        meter.maxQps(qps);
        return this;
    }

    /** Calls to {@code path} (e.g. {@code /topapi/v2/user/list}), faulted ones included. */
    public long calls(String path) {
        return meter.calls(path);
    }

    /** {@return calls answered, token calls included} */
    public long totalCalls() {
        return meter.total();
    }

    /** {@return token calls answered} */
    public long tokenCalls() {
        return meter.calls(TOKEN_PATH);
    }

    /** {@return calls answered per path} */
    public Map<String, Long> callsByPath() {
        return meter.byPath();
    }

    /** API calls charged to the monthly quota (token calls are free). */
    public long quotaUsed() {
        return meter.quotaUsed();
    }

    /** The most API calls seen within one second. */
    public int peakQps() {
        return meter.peakQps();
    }

    /** The most calls answered at the same time (a client's parallelism) since the last counter reset. */
    public int peakInFlight() {
        return meter.peakInFlight();
    }

    /** Resets the call counters. */
    public void resetCounters() {
        meter.reset();
    }

    SimTokens tokens() {
        return tokens;
    }

    SimMeter meter() {
        return meter;
    }

    @Override
    public void close() {
        server.close();
    }
}
