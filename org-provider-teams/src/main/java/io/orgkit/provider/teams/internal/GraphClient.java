package io.orgkit.provider.teams.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.provider.support.ApiCaller;
import io.orgkit.provider.support.Backoff;
import io.orgkit.provider.support.HttpProviderConfig;
import io.orgkit.provider.support.JsonHttp;
import io.orgkit.provider.support.PlatformErrors;
import io.orgkit.provider.support.QpsLimiter;
import io.orgkit.provider.support.Sleeper;
import io.orgkit.provider.support.TokenCache;
import io.orgkit.provider.teams.Teams;
import io.orgkit.provider.teams.TeamsConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Calls Microsoft Graph through the shared call loop of {@code org-provider-support}: an app token from the client
 * credentials grant ({@code {login}/{tenant}/oauth2/v2.0/token}, scope {@code https://graph.microsoft.com/.default}),
 * cached for its {@code expires_in} (single-flight, renewed a quarter early), renewed once when Graph answers 401;
 * one {@link QpsLimiter} shared by every thread; 429 / 5xx / I/O failures retried with back-off and jitter,
 * honouring {@code Retry-After}. Links Graph hands back ({@code @odata.nextLink}, {@code @odata.deltaLink}) are
 * followed only on Graph's own origin, so the token never goes to another host. Thread-safe.
 */
public final class GraphClient implements AutoCloseable {
    /** The longest link (next page or delta) accepted; a delta link is stored as the change cursor. */
    static final int MAX_LINK = 2_000;

    /** Largest Graph answer read: a page of 999 users with the selected properties is well under 2 MiB. */
    static final long MAX_GRAPH_BODY = 16L << 20;
    /** Largest identity platform answer read (a token response, the JWKS). */
    static final long MAX_LOGIN_BODY = 1L << 20;

    static final String USER_SELECT = "id,displayName,mail,userPrincipalName,mobilePhone,businessPhones,jobTitle,"
            + "department,companyName,employeeId,accountEnabled";

    private final TeamsConfig config;
    private final JsonHttp graph;
    private final JsonHttp login;
    private final HttpUrl graphBase;
    private final TokenCache tokens;
    private final ApiCaller caller;
    private final ApiCaller untokened;
    private final PlatformErrors<JsonHttp.Answer> graphErrors;
    private final Clock clock;

    GraphClient(TeamsConfig config, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
        this(config, clock, sleeper, jitter, MAX_GRAPH_BODY);
    }

    GraphClient(TeamsConfig config, Clock clock, Sleeper sleeper, DoubleSupplier jitter, long maxGraphBody) {
        HttpProviderConfig h = config.http();
        this.config = config;
        this.clock = clock;
        this.graph = new JsonHttp(h, "Microsoft Graph", clock, maxGraphBody);
        this.login = new JsonHttp(
                h.toBuilder().baseUrl(config.loginUrl()).build(), "Microsoft Entra ID", clock, MAX_LOGIN_BODY);
        this.graphBase = HttpUrl.get(h.baseUrl().toString());
        QpsLimiter limiter = new QpsLimiter(h.maxQps(), sleeper, System::nanoTime);
        Backoff backoff = new Backoff(h.maxAttempts(), h.backoff(), h.maxBackoff(), sleeper, jitter);
        this.untokened = new ApiCaller(null, limiter, backoff);
        this.tokens = new TokenCache(this::appToken, clock);
        this.caller = new ApiCaller(tokens, limiter, backoff);
        this.graphErrors = GraphErrors.graph(config);
    }

    /** A client with the real clock and sleeps. */
    public static GraphClient create(TeamsConfig config) {
        return new GraphClient(
                config,
                Clock.systemUTC(),
                Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    TeamsConfig config() {
        return config;
    }

    Clock clock() {
        return clock;
    }

    /** {@code GET {graph}/v1.0/{path}?query}: the JSON answer of a 2xx. */
    JsonNode get(String path, Map<String, String> query) {
        HttpUrl.Builder url = graph.url("/v1.0/" + path);
        query.forEach(url::addQueryParameter);
        return exchange(url.build());
    }

    /**
     * Follows a link Graph handed back.
     *
     * @throws ProviderException when the link is longer than {@value #MAX_LINK} characters or not on Graph's origin
     */
    JsonNode follow(String link) {
        return exchange(checkedLink(link));
    }

    /** {@code link} as a URL on Graph's origin. @throws ProviderException otherwise */
    HttpUrl checkedLink(String link) {
        HttpUrl url = link.length() <= MAX_LINK ? HttpUrl.parse(link) : null;
        if (url == null
                || !url.scheme().equals(graphBase.scheme())
                || !url.host().equals(graphBase.host())
                || url.port() != graphBase.port()) {
            throw new ProviderException(
                    Teams.TYPE,
                    "bad-link",
                    "Microsoft Graph handed back a paging or delta link that is not on its own origin or is longer"
                            + " than " + MAX_LINK + " characters; nothing was applied. Check the organization's '"
                            + Teams.BASE_URL + "'");
        }
        return url;
    }

    private JsonNode exchange(HttpUrl url) {
        String name = url.encodedPath();
        try {
            return caller.call(
                            name,
                            graphErrors,
                            token -> graph.send(
                                    name,
                                    new Request.Builder()
                                            .url(url)
                                            .header("Authorization", "Bearer " + token)
                                            .header("Accept", "application/json")
                                            .get()
                                            .build()))
                    .body();
        } catch (Sleeper.FetchInterrupted e) {
            throw interrupted();
        }
    }

    /** Fetches an app token now (checks the tenant, client id and secret). */
    void checkCredentials() {
        tokens.current();
    }

    private TokenCache.IssuedToken appToken() {
        JsonNode answer = tokenRequest(
                Map.of("grant_type", "client_credentials", "scope", "https://graph.microsoft.com/.default"));
        String token = answer.path("access_token").asText("");
        if (token.isEmpty()) {
            throw new ProviderException(
                    Teams.TYPE,
                    "no-access-token",
                    "the Microsoft identity platform answered the token request without an access_token; check the"
                            + " organization's '" + Teams.LOGIN_URL + "'");
        }
        return new TokenCache.IssuedToken(
                token, Duration.ofSeconds(Math.max(1, answer.path("expires_in").asLong(3599))));
    }

    /**
     * {@code POST {login}/{tenant}/oauth2/v2.0/token} with the client id and secret and {@code form}; retried on
     * 429 / 5xx / I/O like any call.
     *
     * @throws ProviderException naming the AADSTS refusal and what to do about it
     */
    JsonNode tokenRequest(Map<String, String> form) {
        String path = "/" + config.tenantId() + "/oauth2/v2.0/token";
        FormBody.Builder body = new FormBody.Builder()
                .add("client_id", config.clientId())
                .add("client_secret", config.clientSecret().reveal());
        form.forEach(body::add);
        Request request = new Request.Builder()
                .url(login.url(path).build())
                .post(body.build())
                .build();
        try {
            return untokened
                    .call("/{tenant}/oauth2/v2.0/token", GraphErrors.token(config), unused -> login.send(path, request))
                    .body();
        } catch (Sleeper.FetchInterrupted e) {
            throw interrupted();
        }
    }

    /** {@code GET {login}/{tenant}/discovery/v2.0/keys}. */
    JsonNode keys() {
        String path = "/" + config.tenantId() + "/discovery/v2.0/keys";
        Request request =
                new Request.Builder().url(login.url(path).build()).get().build();
        try {
            return untokened
                    .call(path, GraphErrors.token(config), unused -> login.send(path, request))
                    .body();
        } catch (Sleeper.FetchInterrupted e) {
            throw interrupted();
        }
    }

    private static ProviderException interrupted() {
        return new ProviderException(Teams.TYPE, "interrupted", "the Teams sync was interrupted; nothing was applied");
    }

    /** HTTP calls made so far (Graph and the identity platform, token calls included). */
    public long apiCalls() {
        return graph.calls() + login.calls();
    }

    /** Nothing to release: the HTTP connection pool is shared. */
    @Override
    public void close() {
        // the pool and dispatcher are shared by every organization
    }
}
