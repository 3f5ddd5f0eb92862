package io.orgkit.tck.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Graph simulator at the HTTP level, as Microsoft documents the calls. */
class GraphSimulatorTest {
    private final GraphSimulator sim = GraphSimulator.start();
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        sim.close();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private JsonNode body(HttpResponse<String> r) {
        try {
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError(r.body(), e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> token(String tenant, Map<String, String> values) {
        return send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/" + tenant + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(values)))
                .build());
    }

    private String appToken() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("client_id", sim.clientId());
        v.put("client_secret", sim.clientSecret());
        v.put("grant_type", "client_credentials");
        v.put("scope", "https://graph.microsoft.com/.default");
        HttpResponse<String> r = token(sim.tenant(), v);
        assertThat(r.statusCode()).isEqualTo(200);
        return body(r).path("access_token").asText();
    }

    private HttpResponse<String> get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : sim.baseUrl() + url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    @Test
    void theTokenEndpointAnswersWithEntrasErrors() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("client_id", sim.clientId());
        v.put("client_secret", "wrong");
        v.put("grant_type", "client_credentials");
        v.put("scope", "https://graph.microsoft.com/.default");
        HttpResponse<String> wrong = token(sim.tenant(), v);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(body(wrong).path("error_codes").get(0).asInt()).isEqualTo(7000215);
        assertThat(body(token("no-such-tenant", v)).path("error_description").asText())
                .startsWith("AADSTS90002");

        String token = appToken();
        assertThat(token).isNotEmpty();
        assertThat(sim.tokenCalls()).as("calls to the tenant's own token path").isEqualTo(2);
    }

    @Test
    void usersArePagedByAbsoluteNextLinksAndBadPageSizesAreRefused() {
        for (int i = 0; i < 5; i++) {
            sim.directory().addUser(GraphUser.of("u" + i, "User " + i).in("Contoso", "Sales"));
        }
        String token = appToken();
        JsonNode first = body(get("/v1.0/users?$select=id,department&$top=2", token));
        assertThat(first.path("value")).hasSize(2);
        assertThat(first.path("value").get(0).has("displayName")).isFalse();
        assertThat(first.path("value").get(0).path("department").asText()).isEqualTo("Sales");
        String next = first.path("@odata.nextLink").asText();
        assertThat(next).startsWith(sim.baseUrl().toString());
        JsonNode second = body(get(next, token));
        assertThat(second.path("value").get(0).path("id").asText()).isEqualTo("u2");
        assertThat(get("/v1.0/users?$top=1000", token).statusCode()).isEqualTo(400);
    }

    @Test
    void expiredTokensMissingPermissionsAndThrottlingAnswerAsGraphDoes() {
        String token = appToken();
        sim.revoke(GraphPermission.USER_READ_ALL);
        HttpResponse<String> denied = get("/v1.0/users", token);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(body(denied).path("error").path("code").asText()).isEqualTo("Authorization_RequestDenied");
        sim.grant(GraphPermission.USER_READ_ALL);

        sim.faults().retryAfterNext(1, Duration.ofSeconds(3));
        HttpResponse<String> throttled = get("/v1.0/users", token);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("3");

        sim.expireTokens();
        HttpResponse<String> expired = get("/v1.0/users", token);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(body(expired).path("error").path("code").asText()).isEqualTo("InvalidAuthenticationToken");
    }

    @Test
    void theDeltaFeedStartsAtLatestReportsRemovalsAndExpires() {
        sim.directory().addUser(GraphUser.of("u-ann", "Ann"));
        sim.directory().addUser(GraphUser.of("u-bob", "Bob"));
        String token = appToken();
        JsonNode latest = body(get("/v1.0/users/delta?$deltatoken=latest", token));
        assertThat(latest.path("value")).isEmpty();
        String link = latest.path("@odata.deltaLink").asText();

        sim.directory().updateUser("u-ann", u -> u.named("Ann Lee"));
        sim.directory().deleteUser("u-bob", false);
        JsonNode changes = body(get(link, token));

        assertThat(changes.path("value")).hasSize(2);
        assertThat(changes.path("value").get(0).path("displayName").asText()).isEqualTo("Ann Lee");
        assertThat(changes.path("value").get(1).path("@removed").path("reason").asText())
                .isEqualTo("changed");
        String next = changes.path("@odata.deltaLink").asText();
        assertThat(body(get(next, token)).path("value")).isEmpty();

        sim.expireDeltaTokens();
        HttpResponse<String> gone = get(next, token);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(body(gone).path("error").path("code").asText()).isEqualTo("syncStateNotFound");
    }

    @Test
    void theGroupDeltaFeedReportsRenamesMembersAtDeltaAndRemovedGroupsAndMemberOfListsDirectGroups() {
        GraphDirectory d = sim.directory();
        d.addUser(GraphUser.of("u-ann", "Ann"));
        String sales = d.addGroup(GraphDirectory.ROOT_GROUP, "Sales");
        String temp = d.addGroup(sales, "Temp");
        String token = appToken();
        JsonNode latest = body(get("/v1.0/groups/delta?$select=displayName,members&$deltatoken=latest", token));
        assertThat(latest.path("value")).isEmpty();
        String link = latest.path("@odata.deltaLink").asText();
        assertThat(link).startsWith(sim.baseUrl() + "/v1.0/groups/delta?").contains("$select=displayName,members");

        d.renameGroup(sales, "Sales 2");
        d.addMember(sales, "u-ann");
        d.deleteGroup(temp);
        JsonNode changes = body(get(link, token));

        Map<String, JsonNode> byId = new LinkedHashMap<>();
        changes.path("value").forEach(n -> byId.put(n.path("id").asText(), n));
        assertThat(byId.get(temp).path("@removed").path("reason").asText()).isEqualTo("changed");
        JsonNode s = byId.get(sales);
        assertThat(s.path("displayName").asText()).isEqualTo("Sales 2");
        assertThat(s.path("members@delta")).hasSize(2);
        JsonNode added = s.path("members@delta").get(0);
        JsonNode removed = s.path("members@delta").get(1);
        assertThat(added.path("id").asText()).isEqualTo("u-ann");
        assertThat(added.path("@odata.type").asText()).isEqualTo("#microsoft.graph.user");
        assertThat(added.has("@removed")).isFalse();
        assertThat(removed.path("id").asText()).isEqualTo(temp);
        assertThat(removed.path("@odata.type").asText()).isEqualTo("#microsoft.graph.group");
        assertThat(removed.path("@removed").path("reason").asText()).isEqualTo("deleted");
        String next = changes.path("@odata.deltaLink").asText();
        assertThat(body(get(next, token)).path("value")).isEmpty();

        JsonNode of = body(get("/v1.0/users/u-ann/memberOf?$select=id,displayName", token));
        assertThat(of.path("value")).hasSize(1);
        assertThat(of.path("value").get(0).path("id").asText()).isEqualTo(sales);
        assertThat(of.path("value").get(0).path("@odata.type").asText()).isEqualTo("#microsoft.graph.group");
        JsonNode up = body(get("/v1.0/groups/" + sales + "/memberOf", token));
        assertThat(up.path("value").get(0).path("id").asText()).isEqualTo(GraphDirectory.ROOT_GROUP);
        assertThat(get("/v1.0/users/u-nobody/memberOf", token).statusCode()).isEqualTo(404);

        sim.expireDeltaTokens();
        HttpResponse<String> gone = get(next, token);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(body(gone).path("error").path("code").asText()).isEqualTo("syncStateNotFound");
    }

    @Test
    void groupsListMembersOfBothKindsAndOwnersAndUsersTheirManager() {
        sim.directory().addUser(GraphUser.of("u-ann", "Ann"));
        sim.directory().addUser(GraphUser.of("u-bob", "Bob").managedBy("u-ann"));
        String sales = sim.directory().addGroup(GraphDirectory.ROOT_GROUP, "Sales");
        sim.directory().addMember(sales, "u-bob");
        sim.directory().setOwners(sales, java.util.List.of("u-ann"));
        String token = appToken();

        JsonNode root = body(get("/v1.0/groups/" + GraphDirectory.ROOT_GROUP + "/members", token));
        assertThat(root.path("value").get(0).path("@odata.type").asText()).isEqualTo("#microsoft.graph.group");
        JsonNode members = body(get("/v1.0/groups/" + sales + "/members", token));
        assertThat(members.path("value").get(0).path("id").asText()).isEqualTo("u-bob");
        assertThat(body(get("/v1.0/groups/" + sales + "/owners", token))
                        .path("value")
                        .get(0)
                        .path("id")
                        .asText())
                .isEqualTo("u-ann");
        assertThat(body(get("/v1.0/users/u-bob/manager", token)).path("id").asText())
                .isEqualTo("u-ann");
        assertThat(get("/v1.0/users/u-ann/manager", token).statusCode()).isEqualTo(404);
    }

    @Test
    void theAuthorizationCodeIsBoundToItsPkceChallengeAndSignedIdTokensCarryTheNonce() throws Exception {
        sim.directory().addUser(GraphUser.of("u-ann", "Ann"));
        sim.signInAs("u-ann");
        String verifier = "v".repeat(43);
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "https://app.example/back";
        HttpResponse<String> authorize = send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/" + sim.tenant()
                        + "/oauth2/v2.0/authorize?client_id=" + sim.clientId() + "&response_type=code"
                        + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                        + "&state=s1&nonce=n1&code_challenge=" + challenge + "&code_challenge_method=S256"))
                .GET()
                .build());
        assertThat(authorize.statusCode()).isEqualTo(302);
        String location = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect + "?code=").endsWith("&state=s1");
        String code = java.net.URLDecoder.decode(
                location.substring(location.indexOf("code=") + 5, location.indexOf("&state")), StandardCharsets.UTF_8);

        Map<String, String> v = new LinkedHashMap<>();
        v.put("client_id", sim.clientId());
        v.put("client_secret", sim.clientSecret());
        v.put("grant_type", "authorization_code");
        v.put("code", code);
        v.put("redirect_uri", redirect);
        v.put("code_verifier", "w".repeat(43));
        assertThat(body(token(sim.tenant(), v)).path("error_codes").get(0).asInt())
                .isEqualTo(501481);
        v.put("code_verifier", verifier);
        assertThat(body(token(sim.tenant(), v)).path("error_codes").get(0).asInt())
                .as("redeemed already")
                .isEqualTo(54005);

        sim.signInAs("u-ann");
        HttpResponse<String> again =
                send(HttpRequest.newBuilder(URI.create(authorize.uri().toString()))
                        .GET()
                        .build());
        String location2 = again.headers().firstValue("Location").orElseThrow();
        v.put(
                "code",
                java.net.URLDecoder.decode(
                        location2.substring(location2.indexOf("code=") + 5, location2.indexOf("&state")),
                        StandardCharsets.UTF_8));
        JsonNode ok = body(token(sim.tenant(), v));
        String[] parts = ok.path("id_token").asText().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("oid").asText()).isEqualTo("u-ann");
        assertThat(claims.path("nonce").asText()).isEqualTo("n1");
        assertThat(claims.path("aud").asText()).isEqualTo(sim.clientId());
        String kid = json.readTree(Base64.getUrlDecoder().decode(parts[0]))
                .path("kid")
                .asText();
        JsonNode keys = body(
                send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/" + sim.tenant() + "/discovery/v2.0/keys"))
                        .GET()
                        .build()));
        assertThat(keys.path("keys").get(0).path("kid").asText()).isEqualTo(kid);
    }
}
