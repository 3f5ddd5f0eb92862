package io.orgkit.tck.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** DingTalk's answers: success envelopes and the documented error bodies. */
final class SimAnswers {
    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(-1, "系统繁忙"),
            Map.entry(33001, "无效的企业ID"),
            Map.entry(40014, "不合法的access_token"),
            Map.entry(40089, "不合法的appKey或appSecret"),
            Map.entry(42001, "access_token超时"),
            Map.entry(60003, "部门不存在"),
            Map.entry(90002, "服务器繁忙，请稍后重试"),
            Map.entry(90018, "当前企业调用该接口的频率超过限制，请稍后重试"),
            Map.entry(90019, "当前应用调用该接口的频率超过限制，请稍后重试"),
            Map.entry(400002, "无效的参数"));

    private final ObjectMapper json;

    SimAnswers(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode ok() {
        ObjectNode node = json.createObjectNode();
        node.put("errcode", 0);
        node.put("errmsg", "ok");
        node.put("request_id", Long.toHexString(System.nanoTime()));
        return node;
    }

    ObjectNode error(int errcode) {
        if (errcode == 90020) {
            return error(90020, "您的企业本月api调用量已超过限制，请登录开发者后台-资源管理-查看用量明细");
        }
        return error(errcode, MESSAGES.getOrDefault(errcode, "错误 " + errcode));
    }

    ObjectNode error(int errcode, String errmsg) {
        ObjectNode node = json.createObjectNode();
        node.put("errcode", errcode);
        node.put("errmsg", errmsg);
        node.put("request_id", Long.toHexString(System.nanoTime()));
        return node;
    }

    /** errcode 88 / sub_code 60011, naming the missing permission the way DingTalk does. */
    ObjectNode missingPermission(DingTalkPermission permission) {
        String subMsg = "应用尚未开通所需的权限：[" + permission.code() + "]，点击链接申请并开通即可："
                + "https://open-dev.dingtalk.com/appscope/apply?content=" + permission.code();
        ObjectNode node = error(88, "ding talk error[subcode=60011,submsg=" + subMsg + "]");
        node.put("sub_code", "60011");
        node.put("sub_msg", subMsg);
        return node;
    }
}
