package io.orgkit.provider.teams.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.provider.support.HttpSettings;
import io.orgkit.provider.support.JsonHttp;
import io.orgkit.provider.support.PlatformErrors;
import io.orgkit.provider.support.Verdict;
import io.orgkit.provider.teams.Teams;
import io.orgkit.provider.teams.TeamsConfig;

/**
 * Reads Microsoft's answers: Graph's HTTP status and {@code error.code}, and the identity platform's
 * {@code AADSTS} codes; turns each refusal into a ProviderException that says what to do in the Microsoft Entra
 * admin center. 429 and 5xx never reach here (the shared {@code JsonHttp} makes them transient, with
 * {@code Retry-After}).
 */
final class GraphErrors {
    static final String ADMIN_CENTER = "the Microsoft Entra admin center (entra.microsoft.com)";
    static final String CURSOR_EXPIRED = "cursor-expired";

    private GraphErrors() {}

    /** Graph calls: 2xx is an answer, 401 renews the token once, anything else is refused. */
    static PlatformErrors<JsonHttp.Answer> graph(TeamsConfig config) {
        return new PlatformErrors<>() {
            @Override
            public Verdict classify(JsonHttp.Answer answer) {
                if (answer.status() >= 200 && answer.status() < 300) {
                    return Verdict.ok();
                }
                return answer.status() == 401 ? Verdict.renewToken("401") : Verdict.fail(code(answer));
            }

            @Override
            public RuntimeException refused(String call, JsonHttp.Answer answer) {
                return graphRefused(config, call, answer);
            }

            @Override
            public RuntimeException gaveUp(String call, String code, String detail, int attempts) {
                return new ProviderException(
                        Teams.TYPE,
                        code,
                        "Microsoft Graph kept failing " + call + " (" + detail + ") after " + attempts
                                + " attempts; nothing was applied. Try again later");
            }
        };
    }

    /** Token endpoint calls (client credentials, authorization code): 2xx is an answer, the rest is refused. */
    static PlatformErrors<JsonHttp.Answer> token(TeamsConfig config) {
        return new PlatformErrors<>() {
            @Override
            public Verdict classify(JsonHttp.Answer answer) {
                return answer.status() >= 200 && answer.status() < 300
                        ? Verdict.ok()
                        : Verdict.fail(aadsts(answer.body()));
            }

            @Override
            public RuntimeException refused(String call, JsonHttp.Answer answer) {
                return tokenRefused(config, answer);
            }

            @Override
            public RuntimeException gaveUp(String call, String code, String detail, int attempts) {
                return new ProviderException(
                        Teams.TYPE,
                        code,
                        "the Microsoft identity platform kept failing the token request (" + detail + ") after "
                                + attempts + " attempts; nothing was applied. Try again later");
            }
        };
    }

    static String code(JsonHttp.Answer answer) {
        return answer.body().path("error").path("code").asText("http-" + answer.status());
    }

    /** The AADSTS number of a token endpoint refusal ({@code error_codes[0]}, else read from the description). */
    static String aadsts(JsonNode body) {
        JsonNode codes = body.path("error_codes");
        if (codes.isArray() && codes.size() > 0 && codes.get(0).canConvertToLong()) {
            return "AADSTS" + codes.get(0).asLong();
        }
        String description = body.path("error_description").asText("");
        int end = 6;
        while (description.startsWith("AADSTS")
                && end < description.length()
                && end < 20
                && Character.isDigit(description.charAt(end))) {
            end++;
        }
        return end > 6 ? description.substring(0, end) : body.path("error").asText("token-refused");
    }

    static boolean isCursorExpired(JsonHttp.Answer answer) {
        String code = code(answer);
        return answer.status() == 410
                || "syncStateNotFound".equalsIgnoreCase(code)
                || "resyncRequired".equalsIgnoreCase(code);
    }

    static ProviderException graphRefused(TeamsConfig config, String call, JsonHttp.Answer answer) {
        String code = code(answer);
        String said =
                HttpSettings.quote(answer.body().path("error").path("message").asText(""));
        if (isCursorExpired(answer)) {
            return new ProviderException(
                    Teams.TYPE,
                    CURSOR_EXPIRED,
                    "Microsoft Graph no longer knows the delta token of the last sync (HTTP " + answer.status() + " "
                            + code + "); run a full sync (sync().run()), which reads everything and starts the"
                            + " changes afresh");
        }
        if (answer.status() == 403) {
            String permission = permissionFor(call);
            return new ProviderException(
                    Teams.TYPE,
                    code,
                    "Microsoft Graph refused " + call + " (HTTP 403 " + code + "): the app lacks the application"
                            + " permission " + permission + ", or an administrator has not granted admin consent"
                            + " for it. In " + ADMIN_CENTER + " open App registrations > the app (client ID "
                            + config.clientId() + ") > API permissions, add Microsoft Graph > Application"
                            + " permissions > " + permission + ", click 'Grant admin consent', then try again");
        }
        if (answer.status() == 401) {
            return new ProviderException(
                    Teams.TYPE,
                    code,
                    "Microsoft Graph refused the app's access token for " + call + " right after it was renewed"
                            + " (HTTP 401 " + code + ": " + said + "); check that the organization's '"
                            + Teams.BASE_URL + "' is Microsoft Graph of the tenant's cloud");
        }
        if (answer.status() == 404 && call.contains("/groups/")) {
            return new ProviderException(
                    Teams.TYPE,
                    code,
                    "Microsoft Graph has no group at " + call + " (HTTP 404): check the organization's '"
                            + Teams.ROOT_GROUP_ID + "' against the group's Object ID in " + ADMIN_CENTER
                            + " (Groups > All groups)");
        }
        return new ProviderException(
                Teams.TYPE,
                code,
                "Microsoft Graph refused " + call + " (HTTP " + answer.status() + " " + code + ": " + said
                        + "); nothing was applied");
    }

    /** The application permission a Graph call needs. */
    static String permissionFor(String call) {
        return call.contains("/groups") || call.endsWith("/memberOf") ? "GroupMember.Read.All" : "User.Read.All";
    }

    static ProviderException tokenRefused(TeamsConfig config, JsonHttp.Answer answer) {
        String code = aadsts(answer.body());
        if ("invalid_grant".equals(answer.body().path("error").asText())) {
            return new ProviderException(
                    Teams.TYPE,
                    "invalid_grant",
                    "the Microsoft identity platform refused the authorization code (" + code
                            + "): expired, redeemed already, or not of this sign-in");
        }
        String tenant = HttpSettings.quote(config.tenantId());
        String client = HttpSettings.quote(config.clientId());
        String message = switch (code) {
            case "AADSTS90002", "AADSTS900023" ->
                "Microsoft Entra ID does not know the tenant '" + tenant + "' (" + code + "): set the organization's '"
                        + Teams.TENANT_ID + "' to the Directory (tenant) ID shown on the app registration's Overview"
                        + " page in " + ADMIN_CENTER;
            case "AADSTS700016" ->
                "tenant '" + tenant + "' has no app with the Application (client) ID '" + client + "' (" + code
                        + "): set the organization's '" + Teams.CLIENT_ID + "' to the Application (client) ID on the"
                        + " app registration's Overview page in " + ADMIN_CENTER
                        + ", and check that the app is registered in this tenant";
            case "AADSTS7000215" ->
                "Microsoft Entra ID refused the client secret of app '" + client + "' (" + code + "): set the"
                        + " organization's '" + Teams.CLIENT_SECRET + "' to a secret's Value (not its Secret ID)"
                        + " from the app registration's Certificates & secrets > Client secrets in "
                        + ADMIN_CENTER;
            case "AADSTS7000222" ->
                "the client secret of app '" + client + "' has expired (" + code + "): create a new client secret"
                        + " under the app registration's Certificates & secrets in " + ADMIN_CENTER
                        + " and update the organization's '" + Teams.CLIENT_SECRET + "'";
            default ->
                "the Microsoft identity platform refused the app's token request (HTTP " + answer.status() + " "
                        + code + ": "
                        + HttpSettings.quote(answer.body().path("error").asText("")) + "); check the"
                        + " organization's '" + Teams.TENANT_ID + "', '" + Teams.CLIENT_ID + "' and '"
                        + Teams.CLIENT_SECRET + "' against the app registration in " + ADMIN_CENTER;
        };
        return new ProviderException(Teams.TYPE, code, message);
    }
}
