package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.provider.support.PlatformErrors;
import io.orgkit.provider.support.Verdict;
import java.util.Set;

/** Reads DingTalk's {@code errcode} / {@code sub_code} and turns refusals into messages that say what to do. */
final class DingTalkErrors {
    /** What an answer means for the caller. */
    enum Outcome {
        OK,
        TOKEN_INVALID,
        RETRY,
        QUOTA_EXHAUSTED,
        REFUSED
    }

    static final String CONSOLE = "the DingTalk developer console (open-dev.dingtalk.com)";
    private static final Set<String> TOKEN_CODES = Set.of("40014", "42001", "33001");
    private static final Set<String> RETRY_CODES = Set.of("-1", "90002", "90018", "90019");

    /** DingTalk's classification hook for the shared call loop: errcode (or sub_code) in an HTTP 200 answer. */
    static final PlatformErrors<JsonNode> PLATFORM = new PlatformErrors<>() {
        @Override
        public Verdict classify(JsonNode answer) {
            String code = effectiveCode(answer);
            return switch (DingTalkErrors.classify(answer)) {
                case OK -> Verdict.ok();
                case TOKEN_INVALID -> Verdict.renewToken(code);
                case RETRY -> Verdict.retry(code, answer.path("errmsg").asText(""));
                default -> Verdict.fail(code);
            };
        }

        @Override
        public RuntimeException refused(String call, JsonNode answer) {
            return DingTalkApi.byPath(call)
                    .map(api -> DingTalkErrors.refused(api, answer))
                    .orElseGet(() -> new ProviderException(
                            DingTalk.TYPE,
                            effectiveCode(answer),
                            "DingTalk refused " + call + " with errcode " + effectiveCode(answer)
                                    + "; nothing was applied"));
        }

        @Override
        public RuntimeException gaveUp(String call, String code, String detail, int attempts) {
            return new ProviderException(
                    DingTalk.TYPE,
                    code,
                    "DingTalk kept failing " + call + " (" + detail + ") after " + attempts
                            + " attempts; nothing was applied. Try again later");
        }
    };

    private DingTalkErrors() {}

    static Outcome classify(JsonNode answer) {
        String code = effectiveCode(answer);
        if ("0".equals(code)) {
            return Outcome.OK;
        }
        if (TOKEN_CODES.contains(code)) {
            return Outcome.TOKEN_INVALID;
        }
        if (RETRY_CODES.contains(code)) {
            return Outcome.RETRY;
        }
        return "90020".equals(code) ? Outcome.QUOTA_EXHAUSTED : Outcome.REFUSED;
    }

    /** The code that explains the answer: {@code sub_code} when errcode is 88, else errcode. */
    static String effectiveCode(JsonNode answer) {
        String errcode = answer.path("errcode").asText("0");
        String sub = answer.path("sub_code").asText("");
        return "88".equals(errcode) && !sub.isEmpty() ? sub : errcode;
    }

    static ProviderException refused(DingTalkApi api, JsonNode answer) {
        String code = effectiveCode(answer);
        String said = answer.path("errmsg").asText("");
        if (api == DingTalkApi.GET_TOKEN) {
            return credentials(code, said);
        }
        return switch (code) {
            case "60011", "43007" ->
                new ProviderException(
                        DingTalk.TYPE,
                        code,
                        "DingTalk refused " + api.path()
                                + ": the app lacks the permission " + api.permissionDescription()
                                + ". Grant it to the app in "
                                + CONSOLE + " under 权限管理 (Permissions), then try again. DingTalk said: "
                                + answer.path("sub_msg").asText(said));
            case "90020" -> quota(said);
            case "60003" ->
                new ProviderException(
                        DingTalk.TYPE,
                        code,
                        "a department vanished in DingTalk while it was" + " being read (" + api.path()
                                + ", errcode 60003); nothing was applied, sync again");
            default ->
                new ProviderException(
                        DingTalk.TYPE,
                        code,
                        "DingTalk refused " + api.path() + " with errcode "
                                + code + " (" + said
                                + "); nothing was applied. Look the code up in DingTalk's server API error"
                                + " codes, fix the app's setup in " + CONSOLE + ", then sync again");
        };
    }

    static ProviderException quota(String said) {
        return new ProviderException(
                DingTalk.TYPE,
                "90020",
                "the enterprise's monthly DingTalk API call quota is"
                        + " exhausted (errcode 90020: " + said
                        + "); the sync stopped and applied nothing. Raise the quota"
                        + " (upgrade the DingTalk edition or buy an add-on in " + CONSOLE
                        + ", 资源管理) or wait for the next"
                        + " month, then sync again");
    }

    private static ProviderException credentials(String code, String said) {
        return new ProviderException(
                DingTalk.TYPE,
                code,
                "DingTalk refused the app credentials (errcode " + code
                        + ": " + said + "): check the organization's '" + DingTalk.APP_KEY + "' (AppKey) and '"
                        + DingTalk.APP_SECRET + "' (AppSecret) against the app's 凭证与基础信息 (Credentials) page in "
                        + CONSOLE);
    }
}
