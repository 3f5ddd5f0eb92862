package io.orgkit.provider.wecom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.provider.support.HttpSettings;
import io.orgkit.provider.support.PlatformErrors;
import io.orgkit.provider.support.Verdict;
import io.orgkit.provider.wecom.WeCom;
import java.util.Set;

/**
 * Reads WeCom's {@code errcode} and turns refusals into messages for the enterprise's administrator: what is wrong
 * and where in the admin console (work.weixin.qq.com) to change it. WeCom's own {@code errmsg} is quoted, at most
 * 50 characters of it (it names the caller's IP, never a secret or token).
 */
final class WeComErrors {
    static final String CONSOLE = "the WeCom admin console (work.weixin.qq.com/wework_admin)";
    /** The token was refused: renew it and repeat once. */
    static final Set<String> TOKEN_CODES = Set.of("40014", "42001");
    /** System busy (-1), frequency (45009) and concurrency (45033) limits: retried with back-off. */
    static final Set<String> RETRY_CODES = Set.of("-1", "45009", "45033");
    /** The contacts-sync Secret may not call the detailed list calls from a server IP added after 2022-08-15. */
    static final String CONTACT_ASSISTANT_FORBIDDEN = "48009";

    /** WeCom's classification hook for the shared call loop: {@code errcode} in an HTTP 200 answer. */
    static final PlatformErrors<JsonNode> PLATFORM = new PlatformErrors<>() {
        @Override
        public Verdict classify(JsonNode answer) {
            String code = code(answer);
            if ("0".equals(code)) {
                return Verdict.ok();
            }
            if (TOKEN_CODES.contains(code)) {
                return Verdict.renewToken(code);
            }
            if (RETRY_CODES.contains(code)) {
                return Verdict.retry(code, said(answer));
            }
            return Verdict.fail(code);
        }

        @Override
        public RuntimeException refused(String call, JsonNode answer) {
            return WeComApi.byPath(call)
                    .map(api -> WeComErrors.refused(api, answer))
                    .orElseGet(() -> new ProviderException(
                            WeCom.TYPE,
                            code(answer),
                            "WeCom refused " + call + " with errcode " + code(answer) + "; nothing was applied"));
        }

        @Override
        public RuntimeException gaveUp(String call, String code, String detail, int attempts) {
            return new ProviderException(
                    WeCom.TYPE,
                    code,
                    "WeCom kept failing " + call + " (" + HttpSettings.quote(detail) + ") after " + attempts
                            + " attempts; nothing was applied. Try again later"
                            + ("45009".equals(code) || "45033".equals(code)
                                    ? ", or lower the organization's '" + WeCom.MAX_QPS + "' / '" + WeCom.MAX_IN_FLIGHT
                                            + "' setting (WeCom's frequency or concurrency limit was hit)"
                                    : ""));
        }
    };

    private WeComErrors() {}

    static String code(JsonNode answer) {
        return answer.path("errcode").asText("0");
    }

    private static String said(JsonNode answer) {
        return HttpSettings.quote(answer.path("errmsg").asText(""));
    }

    static ProviderException refused(WeComApi api, JsonNode answer) {
        String code = code(answer);
        String said = said(answer);
        String call = api.path();
        return switch (code) {
            case "40013" ->
                new ProviderException(
                        WeCom.TYPE,
                        code,
                        "WeCom does not know the CorpID (errcode 40013: " + said + "): check the organization's '"
                                + WeCom.CORP_ID + "' against 我的企业 > 企业信息 > 企业ID (My Company > Company ID) in "
                                + CONSOLE);
            case "40001" ->
                new ProviderException(
                        WeCom.TYPE,
                        code,
                        "WeCom refused the Secret (errcode 40001: " + said + "): check the organization's '"
                                + WeCom.SECRET + "' against the app's Secret (应用管理 > the app > Secret, sent to the"
                                + " WeCom client when you click 查看) in " + CONSOLE
                                + "; a Secret that was reset is no longer valid");
            case "48002" ->
                new ProviderException(
                        WeCom.TYPE,
                        code,
                        "WeCom refused " + call + " (errcode 48002, API forbidden: " + said + "): this Secret may not"
                                + " read " + api.reads() + ". In " + CONSOLE
                                + " use a self-built app's Secret whose app"
                                + " can see the contacts (应用管理 > the app > 可见范围), or the contacts-sync Secret"
                                + " (管理工具 > 通讯录同步, with API read access on)"
                                + (api == WeComApi.USER_LIST_ID
                                        ? "; user/list_id accepts only the contacts-sync Secret (or set '"
                                                + WeCom.MEMBER_LISTING + "' to LIST)"
                                        : ""));
            case "60011" ->
                new ProviderException(
                        WeCom.TYPE,
                        code,
                        "WeCom refused " + call + " (errcode 60011, no privilege: " + said + "): the app cannot see"
                                + " these " + api.reads() + ". Add the departments to the app's visible range"
                                + " (应用管理 > the app > 可见范围 / Visible to) in " + CONSOLE + ", then try again");
            case "60020" ->
                new ProviderException(
                        WeCom.TYPE,
                        code,
                        "WeCom refused the call from this server's IP address (errcode 60020: " + said + "): add"
                                + " the server's public IP to the app's trusted IPs (应用管理 > the app > 企业可信IP /"
                                + " Trusted IPs; for the contacts-sync Secret: 管理工具 > 通讯录同步 > 企业可信IP) in "
                                + CONSOLE + ", then try again");
            case CONTACT_ASSISTANT_FORBIDDEN ->
                new ProviderException(
                        WeCom.TYPE,
                        code,
                        "WeCom refused " + call + " (errcode 48009: " + said + "): the contacts-sync Secret may not"
                                + " call it from a server IP added after 2022-08-15. Set the organization's '"
                                + (api.reads().equals("members") ? WeCom.MEMBER_LISTING : WeCom.DEPARTMENT_LISTING)
                                + "' to AUTO or IDS (id lists plus one read per id)");
            default ->
                new ProviderException(
                        WeCom.TYPE,
                        code,
                        "WeCom refused " + call + " with errcode " + code + " (" + said + "); nothing was applied."
                                + " Look the code up at open.work.weixin.qq.com/devtool/query, fix the app's setup in "
                                + CONSOLE + ", then sync again");
        };
    }
}
