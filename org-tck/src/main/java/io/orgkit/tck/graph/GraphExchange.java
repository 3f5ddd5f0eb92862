package io.orgkit.tck.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.orgkit.tck.sim.SimPlatform;
import io.orgkit.tck.sim.SimReply;
import io.orgkit.tck.sim.SimRequest;
import io.orgkit.tck.sim.SimTokens;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Entra ID and Graph as a {@link SimPlatform}: routes each path, checks tokens and permissions, pages. */
final class GraphExchange implements SimPlatform {
    private static final Set<String> USER_FIELDS = Set.of(
            "id",
            "displayName",
            "mail",
            "userPrincipalName",
            "mobilePhone",
            "businessPhones",
            "jobTitle",
            "department",
            "companyName",
            "employeeId",
            "accountEnabled");

    private final GraphSimulator sim;
    private final ObjectMapper json;

    GraphExchange(GraphSimulator sim, ObjectMapper json) {
        this.sim = sim;
        this.json = json;
    }

    @Override
    public boolean isTokenCall(String path) {
        return path.endsWith("/oauth2/v2.0/token");
    }

    @Override
    public boolean faultable(String path) {
        return !path.endsWith("/oauth2/v2.0/authorize") && !path.endsWith("/discovery/v2.0/keys");
    }

    @Override
    public SimReply error(int code) {
        return graphError(code, code == 429 ? "TooManyRequests" : "ServiceUnavailable", "injected fault " + code);
    }

    @Override
    public SimReply malformedRequest() {
        return graphError(400, "BadRequest", "the body is not JSON");
    }

    @Override
    public SimReply answer(HttpExchange exchange, SimRequest request) {
        String path = request.path();
        if (path.startsWith("/v1.0/")) {
            return graph(exchange, request, path.substring("/v1.0/".length()));
        }
        String[] parts = path.substring(1).split("/", 2);
        if (parts.length < 2) {
            return graphError(404, "NotFound", "no such path");
        }
        if (!parts[0].equals(sim.tenant())) {
            return aadsts(400, "invalid_request", 90002, "Tenant '" + parts[0] + "' not found.");
        }
        return switch (parts[1]) {
            case "oauth2/v2.0/token" -> token(request);
            case "oauth2/v2.0/authorize" -> authorize(request);
            case "discovery/v2.0/keys" -> ok(sim.login().jwks());
            default -> graphError(404, "NotFound", "no such path");
        };
    }

    // ---- login host ---------------------------------------------------------------------------------------

    private SimReply token(SimRequest request) {
        if (!"POST".equals(request.method())) {
            return aadsts(400, "invalid_request", 900561, "The endpoint only accepts POST requests.");
        }
        if (!sim.clientId().equals(request.param("client_id"))) {
            return aadsts(
                    400,
                    "unauthorized_client",
                    700016,
                    "Application with identifier '" + request.param("client_id") + "' was not found in the directory.");
        }
        if (sim.secretExpired()) {
            return aadsts(401, "invalid_client", 7000222, "The provided client secret keys for app are expired.");
        }
        if (!sim.clientSecret().equals(request.param("client_secret"))) {
            return aadsts(401, "invalid_client", 7000215, "Invalid client secret provided.");
        }
        String grant = String.valueOf(request.param("grant_type"));
        if ("client_credentials".equals(grant)) {
            if (!"https://graph.microsoft.com/.default".equals(request.param("scope"))) {
                return aadsts(400, "invalid_scope", 1002012, "The provided value for scope is not valid.");
            }
            return ok(accessToken());
        }
        if ("authorization_code".equals(grant)) {
            return codeGrant(request);
        }
        return aadsts(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
    }

    private ObjectNode accessToken() {
        ObjectNode out = json.createObjectNode();
        out.put("token_type", "Bearer");
        out.put("expires_in", sim.tokens().lifetimeSeconds());
        out.put("ext_expires_in", sim.tokens().lifetimeSeconds());
        out.put("access_token", sim.tokens().issue());
        return out;
    }

    private SimReply codeGrant(SimRequest request) {
        GraphLogin.Code code = sim.login().redeem(String.valueOf(request.param("code")));
        if (code == null) {
            return aadsts(400, "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid.");
        }
        if (code.used()) {
            return aadsts(400, "invalid_grant", 54005, "OAuth2 Authorization code was already redeemed.");
        }
        if (!code.redirectUri().equals(request.param("redirect_uri"))) {
            return aadsts(400, "invalid_grant", 50148, "The redirect URI does not match the authorization request.");
        }
        String verifier = request.param("code_verifier");
        if (verifier == null || !GraphLogin.verifierMatches(code, verifier)) {
            return aadsts(
                    400,
                    "invalid_grant",
                    501481,
                    "The Code_Verifier does not match the code_challenge supplied in the authorization request.");
        }
        GraphUser user = sim.directory().user(code.oid()).orElse(GraphUser.of(code.oid(), "Guest " + code.oid()));
        ObjectNode out = accessToken();
        out.put("scope", "openid profile");
        out.put(
                "id_token",
                sim.login()
                        .idToken(
                                code,
                                sim.baseUrl() + "/" + sim.tenant() + "/v2.0",
                                sim.tenant(),
                                user.displayName(),
                                user.userPrincipalName()));
        return ok(out);
    }

    private SimReply authorize(SimRequest request) {
        String redirect = request.param("redirect_uri");
        if (!sim.clientId().equals(request.param("client_id"))) {
            return SimReply.text(400, "text/html", "<html>AADSTS700016: unknown application</html>");
        }
        if (redirect == null
                || !"code".equals(request.param("response_type"))
                || request.param("state") == null
                || request.param("nonce") == null
                || request.param("code_challenge") == null) {
            return SimReply.text(400, "text/html", "<html>AADSTS900144: a required parameter is missing</html>");
        }
        String oid = sim.login().signedInAs();
        if (oid == null) {
            return SimReply.text(200, "text/html", "<html>Sign in to your account</html>");
        }
        String code = sim.login()
                .issueCode(
                        oid,
                        sim.clientId(),
                        redirect,
                        request.param("code_challenge"),
                        String.valueOf(request.param("code_challenge_method")),
                        request.param("nonce"));
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + enc(code) + "&state="
                + enc(request.param("state"));
        return new SimReply(302, "text/html", new byte[0], Map.of("Location", location));
    }

    // ---- Graph --------------------------------------------------------------------------------------------

    private SimReply graph(HttpExchange exchange, SimRequest request, String rest) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
        SimTokens.Validity validity = sim.tokens().check(token);
        if (validity != SimTokens.Validity.VALID) {
            return graphError(
                    401,
                    "InvalidAuthenticationToken",
                    validity == SimTokens.Validity.EXPIRED
                            ? "Lifetime validation failed, the token is expired."
                            : "Access token validation failure. Invalid audience.");
        }
        String[] seg = rest.split("/");
        boolean groups = "groups".equals(seg[0]);
        if (!groups && !"users".equals(seg[0])) {
            return graphError(400, "BadRequest", "Resource not found for the segment '" + seg[0] + "'.");
        }
        if (!sim.granted(groups ? GraphPermission.GROUP_MEMBER_READ_ALL : GraphPermission.USER_READ_ALL)) {
            return graphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }
        if (groups && seg.length == 2 && "delta".equals(seg[1])) {
            return groupDelta(request);
        }
        if (seg.length == 3 && "memberOf".equals(seg[2])) {
            if (!sim.granted(GraphPermission.GROUP_MEMBER_READ_ALL)) {
                return graphError(
                        403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
            }
            return memberOf(request, seg[1]);
        }
        if (groups) {
            return groups(request, seg);
        }
        if (seg.length == 1) {
            return userPage(request);
        }
        if ("delta".equals(seg[1])) {
            return delta(request);
        }
        GraphUser user = sim.directory().user(seg[1]).orElse(null);
        if (user == null) {
            return notFound(seg[1]);
        }
        if (seg.length == 2) {
            return ok(user(user, select(request)));
        }
        if ("manager".equals(seg[2])) {
            GraphUser manager = user.managerId() == null
                    ? null
                    : sim.directory().user(user.managerId()).orElse(null);
            return manager == null ? notFound(seg[1] + "/manager") : ok(user(manager, select(request)));
        }
        return graphError(400, "BadRequest", "no such segment");
    }

    private SimReply userPage(SimRequest request) {
        int top = (int) request.number("$top", 100);
        if (top < 1 || top > 999) {
            return graphError(400, "Request_UnsupportedQuery", "Invalid page size specified: '" + top + "'.");
        }
        List<GraphUser> all = sim.answerEmpty() ? List.of() : sim.directory().users();
        int from = (int) request.number("$skiptoken", 0);
        Set<String> select = select(request);
        ObjectNode out = json.createObjectNode();
        ArrayNode value = out.putArray("value");
        all.subList(Math.min(from, all.size()), Math.min(from + top, all.size()))
                .forEach(u -> value.add(user(u, select)));
        if (from + top < all.size()) {
            out.put("@odata.nextLink", link("users", request, "$skiptoken", Integer.toString(from + top)));
        }
        return ok(out);
    }

    private SimReply delta(SimRequest request) {
        long epoch = sim.deltaEpoch();
        String deltaToken = request.param("$deltatoken");
        String skipToken = request.param("$skiptoken");
        String resumeToken = deltaToken != null ? deltaToken : skipToken;
        long from;
        long to;
        int offset;
        if ("latest".equals(deltaToken)) {
            ObjectNode out = json.createObjectNode();
            out.putArray("value");
            out.put(
                    "@odata.deltaLink",
                    deltaLink(request, epoch, sim.directory().sequence()));
            return ok(out);
        } else if (resumeToken != null) {
            long[] t = numbers(resumeToken);
            if (t.length == 0 || t[0] != epoch) {
                return graphError(
                        410,
                        "syncStateNotFound",
                        "The sync state generation is not found. Delta tokens can expire; restart the sync.");
            }
            from = t[1];
            to = deltaToken != null ? sim.directory().sequence() : t[2];
            offset = deltaToken != null ? 0 : (int) t[3];
        } else {
            from = -1;
            to = sim.directory().sequence();
            offset = 0;
        }
        List<ObjectNode> items = new ArrayList<>();
        Set<String> select = select(request);
        if (from < 0) {
            sim.directory().users().forEach(u -> items.add(user(u, select)));
        } else {
            for (GraphDirectory.Change c : sim.directory().changes(from, to)) {
                if (c.removed() != null) {
                    ObjectNode gone = json.createObjectNode();
                    gone.put("id", c.userId());
                    gone.putObject("@removed").put("reason", c.removed());
                    items.add(gone);
                    continue;
                }
                GraphUser u = sim.directory().user(c.userId()).orElse(null);
                if (u == null) {
                    continue;
                }
                items.add(
                        sim.partialDeltaUpdates() && !c.created()
                                ? user(u, Set.of("id", "displayName"))
                                : user(u, select));
            }
        }
        ObjectNode out = json.createObjectNode();
        ArrayNode value = out.putArray("value");
        int end = Math.min(items.size(), offset + GraphSimulator.DELTA_PAGE);
        items.subList(Math.min(offset, items.size()), end).forEach(value::add);
        if (end < items.size()) {
            out.put(
                    "@odata.nextLink",
                    link("users/delta", request, "$skiptoken", epoch + "." + Math.max(from, 0) + "." + to + "." + end));
        } else {
            out.put("@odata.deltaLink", deltaLink(request, epoch, to));
        }
        return ok(out);
    }

    private String deltaLink(SimRequest request, long epoch, long sequence) {
        return link("users/delta", request, "$deltatoken", epoch + "." + sequence);
    }

    private static long[] numbers(String token) {
        try {
            return Arrays.stream(token.split("\\.")).mapToLong(Long::parseLong).toArray();
        } catch (NumberFormatException e) {
            return new long[0];
        }
    }

    /**
     * {@code /groups/delta}: each changed group with {@code displayName} and, when {@code members} is selected,
     * {@code members@delta} (a member added: its type and id; removed: also {@code @removed}); a deleted group as
     * its id with {@code @removed} reason {@code changed}. One page; {@code $deltatoken=latest} as for users.
     */
    private SimReply groupDelta(SimRequest request) {
        long epoch = sim.deltaEpoch();
        String deltaToken = request.param("$deltatoken");
        long to = sim.directory().groupSequence();
        ObjectNode out = json.createObjectNode();
        ArrayNode value = out.putArray("value");
        boolean members = select(request).contains("members");
        if (!"latest".equals(deltaToken)) {
            if (deltaToken == null) {
                for (GraphDirectory.Group g : sim.directory().groups()) {
                    ObjectNode n = value.addObject();
                    n.put("id", g.id);
                    n.put("displayName", g.name);
                    if (members) {
                        ArrayNode m = n.putArray("members@delta");
                        List<String> ids;
                        synchronized (sim.directory()) {
                            ids = List.copyOf(g.members);
                        }
                        ids.forEach(id -> m.add(memberRef(id, sim.directory().isGroup(id), false)));
                    }
                }
            } else {
                long[] t = numbers(deltaToken);
                if (t.length != 2 || t[0] != epoch) {
                    return graphError(
                            410,
                            "syncStateNotFound",
                            "The sync state generation is not found. Delta tokens can expire; restart the sync.");
                }
                Map<String, ObjectNode> byGroup = new LinkedHashMap<>();
                Map<String, Map<String, ObjectNode>> memberChanges = new LinkedHashMap<>();
                for (GraphDirectory.GroupChange c : sim.directory().groupChanges(t[1], to)) {
                    ObjectNode n = byGroup.computeIfAbsent(
                            c.groupId(), id -> json.createObjectNode().put("id", id));
                    if (c.memberId() == null) {
                        if (c.removed()) {
                            n.removeAll();
                            n.put("id", c.groupId());
                            n.putObject("@removed").put("reason", "changed");
                        }
                        continue;
                    }
                    memberChanges
                            .computeIfAbsent(c.groupId(), id -> new LinkedHashMap<>())
                            .put(c.memberId(), memberRef(c.memberId(), c.memberGroup(), c.removed()));
                }
                byGroup.forEach((id, n) -> {
                    GraphDirectory.Group g = sim.directory().groupOrNull(id);
                    if (g == null) {
                        n.removeAll();
                        n.put("id", id);
                        n.putObject("@removed").put("reason", "changed");
                    } else {
                        n.put("displayName", g.name);
                        if (members && memberChanges.containsKey(id)) {
                            ArrayNode m = n.putArray("members@delta");
                            memberChanges.get(id).values().forEach(m::add);
                        }
                    }
                    value.add(n);
                });
            }
        }
        out.put("@odata.deltaLink", link("groups/delta", request, "$deltatoken", epoch + "." + to));
        return ok(out);
    }

    private ObjectNode memberRef(String id, boolean group, boolean removed) {
        ObjectNode n = json.createObjectNode();
        n.put("@odata.type", group ? "#microsoft.graph.group" : "#microsoft.graph.user");
        n.put("id", id);
        if (removed) {
            n.putObject("@removed").put("reason", "deleted");
        }
        return n;
    }

    /** {@code /users/{id}/memberOf} and {@code /groups/{id}/memberOf}: the groups with it as a direct member. */
    private SimReply memberOf(SimRequest request, String id) {
        if (sim.directory().user(id).isEmpty() && !sim.directory().isGroup(id)) {
            return notFound(id);
        }
        int top = (int) request.number("$top", 100);
        if (top < 1 || top > 999) {
            return graphError(400, "Request_UnsupportedQuery", "Invalid page size specified: '" + top + "'.");
        }
        List<String> ids = sim.directory().groupsOf(id);
        int from = (int) request.number("$skiptoken", 0);
        ObjectNode out = json.createObjectNode();
        ArrayNode value = out.putArray("value");
        for (String gid : ids.subList(Math.min(from, ids.size()), Math.min(from + top, ids.size()))) {
            GraphDirectory.Group g = sim.directory().groupOrNull(gid);
            if (g != null) {
                ObjectNode n = value.addObject();
                n.put("@odata.type", "#microsoft.graph.group");
                n.put("id", g.id);
                n.put("displayName", g.name);
            }
        }
        if (from + top < ids.size()) {
            String kind = sim.directory().isGroup(id) ? "groups/" : "users/";
            out.put(
                    "@odata.nextLink",
                    link(kind + id + "/memberOf", request, "$skiptoken", Integer.toString(from + top)));
        }
        return ok(out);
    }

    private SimReply groups(SimRequest request, String[] seg) {
        if (seg.length < 2) {
            return graphError(400, "BadRequest", "list a group's members by its id");
        }
        GraphDirectory.Group g = sim.directory().groupOrNull(seg[1]);
        if (g == null) {
            return notFound(seg[1]);
        }
        if (seg.length == 2) {
            ObjectNode out = json.createObjectNode();
            out.put("id", g.id);
            out.put("displayName", g.name);
            return ok(out);
        }
        List<String> ids;
        synchronized (sim.directory()) {
            ids = "owners".equals(seg[2])
                    ? List.copyOf(g.owners)
                    : sim.answerEmpty() && GraphDirectory.ROOT_GROUP.equals(g.id) ? List.of() : List.copyOf(g.members);
        }
        int top = (int) request.number("$top", 100);
        if (top < 1 || top > 999) {
            return graphError(400, "Request_UnsupportedQuery", "Invalid page size specified: '" + top + "'.");
        }
        int from = (int) request.number("$skiptoken", 0);
        Set<String> select = select(request);
        ObjectNode out = json.createObjectNode();
        ArrayNode value = out.putArray("value");
        for (String id : ids.subList(Math.min(from, ids.size()), Math.min(from + top, ids.size()))) {
            GraphDirectory.Group child = sim.directory().groupOrNull(id);
            if (child != null) {
                ObjectNode n = value.addObject();
                n.put("@odata.type", "#microsoft.graph.group");
                n.put("id", child.id);
                n.put("displayName", child.name);
                continue;
            }
            sim.directory().user(id).ifPresent(u -> {
                ObjectNode n = user(u, select);
                n.put("@odata.type", "#microsoft.graph.user");
                value.add(n);
            });
        }
        if (from + top < ids.size()) {
            out.put(
                    "@odata.nextLink",
                    link("groups/" + g.id + "/" + seg[2], request, "$skiptoken", Integer.toString(from + top)));
        }
        return ok(out);
    }

    // ---- answers ------------------------------------------------------------------------------------------

    private Set<String> select(SimRequest request) {
        String raw = request.param("$select");
        return raw == null || raw.isBlank() ? USER_FIELDS : Set.of(raw.split(","));
    }

    private ObjectNode user(GraphUser u, Set<String> select) {
        ObjectNode n = json.createObjectNode();
        n.put("id", u.id());
        if (select.contains("displayName")) {
            n.put("displayName", u.displayName());
        }
        if (select.contains("mail")) {
            n.put("mail", u.mail());
        }
        if (select.contains("userPrincipalName")) {
            n.put("userPrincipalName", u.userPrincipalName());
        }
        if (select.contains("mobilePhone")) {
            n.put("mobilePhone", u.mobilePhone());
        }
        if (select.contains("businessPhones")) {
            ArrayNode phones = n.putArray("businessPhones");
            u.businessPhones().forEach(phones::add);
        }
        if (select.contains("jobTitle")) {
            n.put("jobTitle", u.jobTitle());
        }
        if (select.contains("department")) {
            n.put("department", u.department());
        }
        if (select.contains("companyName")) {
            n.put("companyName", u.companyName());
        }
        if (select.contains("employeeId")) {
            n.put("employeeId", u.employeeId());
        }
        if (select.contains("accountEnabled")) {
            n.put("accountEnabled", u.accountEnabled());
        }
        return n;
    }

    /** An absolute link to {@code path} with the request's {@code $select} and {@code $top} and one more parameter. */
    private String link(String path, SimRequest request, String name, String value) {
        StringBuilder b = new StringBuilder(sim.baseUrl() + "/v1.0/" + path + "?");
        if (request.param("$select") != null) {
            b.append("$select=").append(enc(request.param("$select"))).append('&');
        }
        if (request.param("$top") != null && !path.endsWith("delta")) {
            b.append("$top=").append(enc(request.param("$top"))).append('&');
        }
        return b.append(name).append('=').append(enc(value)).toString();
    }

    private static String enc(@Nullable String s) {
        return URLEncoder.encode(String.valueOf(s), StandardCharsets.UTF_8).replace("%2C", ",");
    }

    private SimReply notFound(String what) {
        return graphError(404, "Request_ResourceNotFound", "Resource '" + what + "' does not exist.");
    }

    private SimReply graphError(int status, String code, String message) {
        ObjectNode out = json.createObjectNode();
        ObjectNode error = out.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return reply(status, out);
    }

    private SimReply aadsts(int status, String error, int code, String message) {
        ObjectNode out = json.createObjectNode();
        out.put("error", error);
        out.put("error_description", "AADSTS" + code + ": " + message + " Trace ID: 0000 Correlation ID: 0000");
        out.putArray("error_codes").add(code);
        return reply(status, out);
    }

    private SimReply ok(ObjectNode body) {
        return reply(200, body);
    }

    private SimReply reply(int status, ObjectNode body) {
        try {
            return SimReply.json(status, json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
