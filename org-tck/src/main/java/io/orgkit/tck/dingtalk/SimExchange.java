package io.orgkit.tck.dingtalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.orgkit.tck.sim.SimPlatform;
import io.orgkit.tck.sim.SimReply;
import io.orgkit.tck.sim.SimRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * DingTalk as a {@link SimPlatform} for the simulator kit's server: the token call, the member sign-in pages
 * (never faulted) and the topapi calls after the token, quota, rate and permission checks.
 */
final class SimExchange implements SimPlatform {
    private final DingTalkSimulator sim;
    private final SimApi api;
    private final SimAnswers answers;
    private final ObjectMapper json;
    private final SimLogin login;

    SimExchange(DingTalkSimulator sim, SimApi api, SimAnswers answers, ObjectMapper json, SimLogin login) {
        this.sim = sim;
        this.api = api;
        this.answers = answers;
        this.json = json;
        this.login = login;
    }

    @Override
    public boolean isTokenCall(String path) {
        return DingTalkSimulator.TOKEN_PATH.equals(path);
    }

    @Override
    public boolean faultable(String path) {
        return !SimLogin.PATHS.contains(path);
    }

    @Override
    public SimReply answer(HttpExchange exchange, SimRequest request) throws IOException {
        if (SimLogin.PATHS.contains(request.path())) {
            SimLogin.Reply reply = login.answer(exchange, request);
            return reply.status() == 302
                    ? new SimReply(302, reply.contentType(), new byte[0], Map.of("Location", reply.body()))
                    : SimReply.text(reply.status(), reply.contentType(), reply.body());
        }
        return reply(isTokenCall(request.path()) ? token(request) : apiCall(request));
    }

    @Override
    public SimReply error(int code) {
        return reply(answers.error(code));
    }

    @Override
    public SimReply malformedRequest() {
        return reply(answers.error(400002, "无效的参数: the body is not JSON"));
    }

    private SimReply reply(ObjectNode answer) {
        try {
            return SimReply.json(200, json.writeValueAsBytes(answer));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode token(SimRequest request) {
        if (!sim.appKey().equals(request.param("appkey")) || !sim.appSecret().equals(request.param("appsecret"))) {
            return answers.error(40089);
        }
        ObjectNode ok = answers.ok();
        ok.put("access_token", sim.tokens().issue());
        ok.put("expires_in", sim.tokens().lifetimeSeconds());
        return ok;
    }

    private ObjectNode apiCall(SimRequest request) {
        Optional<DingTalkPermission> permission = SimApi.permissionFor(request.path());
        if (permission.isEmpty()) {
            return answers.error(404, "请求的URI地址不存在");
        }
        ObjectNode refused = refusal(request.param("access_token"), permission.get());
        return refused != null ? refused : api.answer(request);
    }

    private @Nullable ObjectNode refusal(@Nullable String token, DingTalkPermission permission) {
        switch (sim.tokens().check(token)) {
            case UNKNOWN:
                return answers.error(40014);
            case EXPIRED:
                return answers.error(42001);
            default:
                break;
        }
        if (!sim.meter().charge()) {
            return answers.error(90020);
        }
        if (!sim.meter().admit()) {
            return answers.error(90018);
        }
        return sim.granted(permission) ? null : answers.missingPermission(permission);
    }
}
