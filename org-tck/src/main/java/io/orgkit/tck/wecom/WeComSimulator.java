package io.orgkit.tck.wecom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.orgkit.tck.sim.SimFaults;
import io.orgkit.tck.sim.SimMeter;
import io.orgkit.tck.sim.SimPlatform;
import io.orgkit.tck.sim.SimReply;
import io.orgkit.tck.sim.SimRequest;
import io.orgkit.tck.sim.SimServer;
import io.orgkit.tck.sim.SimTokens;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A WeCom server on 127.0.0.1 (random port; built on the simulator kit {@link io.orgkit.tck.sim}) for tests and
 * benchmarks. It answers {@code GET /cgi-bin/gettoken}, the contact reads ({@code department/list},
 * {@code department/simplelist}, {@code department/get}, {@code user/list}, {@code user/list_id} with its cursor,
 * {@code user/get}), {@code auth/getuserinfo} and the web login page {@code /wwlogin/sso/login} from an in-memory
 * {@link #directory()}, with WeCom's error codes. A test can inject {@link #faults()} (-1, 45009, HTTP 5xx, a
 * latency...), expire tokens, switch on the 2022 field restriction ({@link #restrictFields}), refuse the caller's
 * IP (60020), take permissions away (48002, 48009, 60011), limit calls per second (45009), calls in all (45009)
 * and concurrent calls (45033), and count calls per path; {@link #callbacks} sends WeCom's signed, encrypted
 * {@code change_contact} callbacks for every directory change.
 * <pre>{@code
 * try (WeComSimulator sim = WeComSimulator.start().generate(42, 50, 1_000, 6)) {
 *     URI baseUrl = sim.baseUrl();   // give it to the provider as its baseUrl
 * }
 * }</pre>
 */
public final class WeComSimulator implements AutoCloseable {
    /** The CorpID that {@link #start()}'s simulator accepts. */
    public static final String DEFAULT_CORP_ID = "wwsimcorp0001";
    /** The app Secret that {@link #start()}'s simulator accepts with {@link #DEFAULT_CORP_ID}. */
    public static final String DEFAULT_SECRET = "sim-wecom-secret-0123456789abcdef";
    /** The path of WeCom's {@code gettoken} call (the access token), as counted by the simulator's meter. */
    public static final String TOKEN_PATH = "/cgi-bin/gettoken";
    /** The path of WeCom's web login page (where sign-in sends the browser); {@link #faults()} never apply to it. */
    public static final String LOGIN_PATH = "/wwlogin/sso/login";

    /** What an app is refused, as WeCom refuses it. */
    public enum Refusal {
        /** Every call from here answers 60020 (the server's IP is not among the app's trusted IPs). */
        IP_NOT_TRUSTED,
        /** Contact reads answer 60011 (outside the app's visible range). */
        NOT_VISIBLE,
        /** Contact reads answer 48002 (the Secret may not call them). */
        API_FORBIDDEN,
        /** {@code user/list_id} answers 48002 (only the contacts-sync Secret may call it). */
        LIST_ID_FORBIDDEN,
        /** {@code department/list} and {@code user/list} answer 48009 (contacts-sync Secret from a new IP). */
        LIST_FORBIDDEN
    }

    private final ObjectMapper json = new ObjectMapper();
    private final WeComSimDirectory directory = new WeComSimDirectory("Simulated Corp");
    private final SimFaults faults = new SimFaults();
    private final SimTokens tokens = new SimTokens();
    private final SimMeter meter = new SimMeter();
    private final java.util.Set<Refusal> refusals = java.util.EnumSet.noneOf(Refusal.class);
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicLong refusedCalls = new AtomicLong();
    private final String corpId;
    private final String secret;
    private final WeComSimApi api;
    private final SimServer server;
    private volatile int maxConcurrent = Integer.MAX_VALUE;
    private volatile @Nullable String signedIn;
    private volatile @Nullable WeComSimCallbacks callbacks;

    private WeComSimulator(String corpId, String secret) {
        this.corpId = corpId;
        this.secret = secret;
        this.api = new WeComSimApi(directory, json);
        this.server = SimServer.start("wecom-simulator", new Platform(), faults, meter, SimServer.DEFAULT_THREADS);
        directory.listener((type, id) -> {
            WeComSimCallbacks c = callbacks;
            if (c != null) {
                c.event(type, id);
            }
        });
    }

    /** Starts a simulator that accepts {@link #DEFAULT_CORP_ID} / {@link #DEFAULT_SECRET}. */
    public static WeComSimulator start() {
        return start(DEFAULT_CORP_ID, DEFAULT_SECRET);
    }

    /** Starts a simulator that accepts {@code corpId} / {@code secret}. */
    public static WeComSimulator start(String corpId, String secret) {
        return new WeComSimulator(corpId, secret);
    }

    /** Fills the directory with a reproducible organization; see {@link WeComSimDirectory#generate}. */
    public WeComSimulator generate(long seed, int departments, int members, int maxDepth) {
        directory.generate(seed, departments, members, maxDepth);
        return this;
    }

    /** The base URL to give the provider instead of {@code https://qyapi.weixin.qq.com} (also the login host). */
    public URI baseUrl() {
        return server.baseUrl();
    }

    /** The CorpID {@code gettoken} accepts (also the receive id of its callbacks). */
    public String corpId() {
        return corpId;
    }

    /** The Secret {@code gettoken} accepts. */
    public String secret() {
        return secret;
    }

    /** The simulated directory; changes are answered by the next call. */
    public WeComSimDirectory directory() {
        return directory;
    }

    /** The faults to inject into the next calls. */
    public SimFaults faults() {
        return faults;
    }

    /**
     * From now on every directory change also queues WeCom's callback for it in {@code outbox} (null: none);
     * returns it.
     */
    public @Nullable WeComSimCallbacks callbacks(@Nullable WeComSimCallbacks outbox) {
        this.callbacks = outbox;
        return outbox;
    }

    /**
     * Back to a fresh simulator: the root department alone, no faults, no refusals, no limits, no field restriction,
     * no signed-in user, counters at zero, no callbacks. Issued tokens stay valid.
     */
    public synchronized WeComSimulator reset() {
        callbacks = null;
        directory.clear();
        faults.clear();
        refusals.clear();
        meter.quota(Long.MAX_VALUE);
        meter.maxQps(Integer.MAX_VALUE);
        meter.reset();
        maxConcurrent = Integer.MAX_VALUE;
        refusedCalls.set(0);
        api.answerEmpty(false);
        api.restrictFields(false);
        signedIn = null;
        return this;
    }

    /** While on, every read answers as if the directory held the root department alone. */
    public WeComSimulator answerEmpty(boolean on) {
        api.answerEmpty(on);
        return this;
    }

    /**
     * WeCom's 2022 restriction for self-built apps created after 2022-06-20: while on, users are answered without
     * mobile, email, avatar, gender, address and biz_mail (the fields are left out of the JSON).
     */
    public WeComSimulator restrictFields(boolean on) {
        api.restrictFields(on);
        return this;
    }

    /** Refuses calls as {@code refusal} says until {@link #allow}. */
    public synchronized WeComSimulator refuse(Refusal refusal) {
        refusals.add(refusal);
        return this;
    }

    /** Ends a {@link #refuse} of {@code refusal}. */
    public synchronized WeComSimulator allow(Refusal refusal) {
        refusals.remove(refusal);
        return this;
    }

    private synchronized boolean refused(Refusal refusal) {
        return refusals.contains(refusal);
    }

    /** The login page signs in as {@code userid}: it redirects with a single-use {@code code}. Null: it only shows a QR code. */
    public WeComSimulator signInAs(@Nullable String userid) {
        signedIn = userid;
        return this;
    }

    /** A single-use sign-in code for {@code userid}, as the login page would hand it to the redirect. */
    public String issueLoginCode(String userid) {
        String code = "code-" + UUID.randomUUID();
        codes.put(code, userid);
        return code;
    }

    /** A code of a WeChat user who is not a member of the enterprise ({@code getuserinfo} answers an openid). */
    public String issueNonMemberCode() {
        String code = "code-" + UUID.randomUUID();
        codes.put(code, "");
        return code;
    }

    /** Every token issued so far expires now (later calls with it answer 42001). */
    public void expireTokens() {
        tokens.expireAll();
    }

    /** How long new tokens live ({@code expires_in}); 7200 s unless set. */
    public WeComSimulator tokenLifetime(Duration lifetime) {
        tokens.lifetime(lifetime);
        return this;
    }

    /** Every call waits {@code delay} before it is answered (zero: none); {@link #reset()} ends it. */
    public WeComSimulator latency(Duration delay) {
        faults.latency(delay);
        return this;
    }

    /** API calls beyond {@code qps} within one second answer 45009. */
    public WeComSimulator maxQps(int qps) {
        meter.maxQps(qps);
        return this;
    }

    /** After {@code calls} API calls (since the last counter reset), calls answer 45009 (WeCom's hourly limit). */
    public WeComSimulator callLimit(long calls) {
        meter.quota(calls);
        return this;
    }

    /** API calls beyond {@code calls} answered at the same time answer 45033. */
    public WeComSimulator maxConcurrent(int calls) {
        maxConcurrent = calls;
        return this;
    }

    /** Calls to {@code path} (e.g. {@code /cgi-bin/user/list}), faulted ones included. */
    public long calls(String path) {
        return meter.calls(path);
    }

    /** Calls to every path, token calls included. */
    public long totalCalls() {
        return meter.total();
    }

    /** Calls to {@code gettoken}. */
    public long tokenCalls() {
        return meter.calls(TOKEN_PATH);
    }

    /** Calls per path, in path order. */
    public Map<String, Long> callsByPath() {
        return meter.byPath();
    }

    /** API calls counted against the call limit (token calls are not). */
    public long limitedCalls() {
        return meter.quotaUsed();
    }

    /** Calls refused with 45009 or 45033 (frequency, call or concurrency limit). */
    public long refusedForLimits() {
        return refusedCalls.get();
    }

    /** The most API calls seen within one second. */
    public int peakQps() {
        return meter.peakQps();
    }

    /** The most calls answered at the same time since the last counter reset. */
    public int peakInFlight() {
        return meter.peakInFlight();
    }

    /** Sets every counter back to zero (also the call limit's count). */
    public void resetCounters() {
        meter.reset();
        refusedCalls.set(0);
    }

    @Override
    public void close() {
        server.close();
    }

    /** WeCom as a {@link SimPlatform}: the token call, the login page (never faulted) and the API calls. */
    private final class Platform implements SimPlatform {
        @Override
        public boolean isTokenCall(String path) {
            return TOKEN_PATH.equals(path);
        }

        @Override
        public boolean faultable(String path) {
            return !LOGIN_PATH.equals(path);
        }

        @Override
        public SimReply answer(HttpExchange exchange, SimRequest request) {
            if (LOGIN_PATH.equals(request.path())) {
                return loginPage(request);
            }
            return reply(isTokenCall(request.path()) ? token(request) : apiCall(request));
        }

        @Override
        public SimReply error(int code) {
            return reply(api.error(code));
        }

        @Override
        public SimReply malformedRequest() {
            return reply(api.error(47001));
        }

        private SimReply reply(ObjectNode answer) {
            try {
                return SimReply.json(200, json.writeValueAsBytes(answer));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ObjectNode token(SimRequest request) {
            if (refused(Refusal.IP_NOT_TRUSTED)) {
                return api.error(60020);
            }
            if (!corpId.equals(request.param("corpid"))) {
                return api.error(40013);
            }
            if (!secret.equals(request.param("corpsecret"))) {
                return api.error(40001);
            }
            ObjectNode ok = api.ok();
            ok.put("access_token", tokens.issue());
            ok.put("expires_in", tokens.lifetimeSeconds());
            return ok;
        }

        private ObjectNode apiCall(SimRequest request) {
            switch (tokens.check(request.param("access_token"))) {
                case UNKNOWN:
                    return api.error(40014);
                case EXPIRED:
                    return api.error(42001);
                default:
                    break;
            }
            if (refused(Refusal.IP_NOT_TRUSTED)) {
                return api.error(60020);
            }
            if (!meter.charge() || !meter.admit()) {
                refusedCalls.incrementAndGet();
                return api.error(45009);
            }
            if (concurrent.incrementAndGet() > maxConcurrent) {
                concurrent.decrementAndGet();
                refusedCalls.incrementAndGet();
                return api.error(45033);
            }
            try {
                return answerCall(request);
            } finally {
                concurrent.decrementAndGet();
            }
        }

        private ObjectNode answerCall(SimRequest request) {
            String path = request.path();
            if (WeComSimApi.AUTH_USER_INFO.equals(path)) {
                return userInfo(request.param("code"));
            }
            if (!WeComSimApi.CONTACT_READS.contains(path)) {
                return api.error(40058);
            }
            if (refused(Refusal.API_FORBIDDEN)) {
                return api.error(48002);
            }
            if (refused(Refusal.LIST_ID_FORBIDDEN) && WeComSimApi.USER_LIST_ID.equals(path)) {
                return api.error(48002);
            }
            if (refused(Refusal.LIST_FORBIDDEN)
                    && (WeComSimApi.DEPARTMENT_LIST.equals(path) || WeComSimApi.USER_LIST.equals(path))) {
                return api.error(48009);
            }
            if (refused(Refusal.NOT_VISIBLE)) {
                return api.error(60011);
            }
            return api.answer(request);
        }

        private ObjectNode userInfo(@Nullable String code) {
            String user = code == null ? null : codes.remove(code);
            if (user == null) {
                return api.error(40029);
            }
            ObjectNode ok = api.ok();
            boolean member = directory.user(user).filter(u -> u.status() != 5).isPresent();
            if (member) {
                ok.put("userid", user).put("user_ticket", "ticket-" + UUID.randomUUID());
            } else {
                ok.put("openid", "o-" + UUID.randomUUID()).put("external_userid", "wm" + user.hashCode());
            }
            return ok;
        }

        private SimReply loginPage(SimRequest request) {
            String user = signedIn;
            String redirect = request.param("redirect_uri");
            if (user == null
                    || redirect == null
                    || !corpId.equals(request.param("appid"))
                    || !"CorpApp".equals(request.param("login_type"))) {
                return SimReply.text(200, "text/html", "<html>Scan the QR code with WeCom</html>");
            }
            String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + issueLoginCode(user)
                    + "&state=" + URLEncoder.encode(String.valueOf(request.param("state")), StandardCharsets.UTF_8);
            return new SimReply(302, "text/plain", new byte[0], Map.of("Location", location));
        }
    }
}
