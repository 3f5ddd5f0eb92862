package io.orgkit.tck.dingtalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Serves one HTTP exchange: counts it, applies faults, checks token, quota, rate and permission, answers. */
final class SimExchange implements HttpHandler {
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
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean tokenCall = DingTalkSimulator.TOKEN_PATH.equals(path);
            long number = sim.meter().count(path);
            if (SimLogin.PATHS.contains(path)) {
                signIn(exchange);
                return;
            }
            SimFaults.Fault fault = sim.faults().take(number, tokenCall);
            if (fault != null && fault.kind() == SimFaults.Kind.SLOW) {
                pause(fault.millis());
                fault = null;
            }
            if (fault != null && fault.kind() == SimFaults.Kind.HTTP_STATUS) {
                send(exchange, fault.code(), "text/html", "<html>server error</html>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            ObjectNode answer = fault != null && fault.kind() == SimFaults.Kind.ERRCODE
                    ? answers.error(fault.code()) : answer(exchange, tokenCall);
            byte[] body = json.writeValueAsBytes(answer);
            if (fault != null && fault.kind() == SimFaults.Kind.TRUNCATED) {
                body = Arrays.copyOf(body, body.length / 2);
            }
            send(exchange, 200, "application/json;charset=UTF-8", body);
        }
    }

    private void signIn(HttpExchange exchange) throws IOException {
        SimLogin.Reply reply = login.answer(exchange, SimRequest.read(exchange, json));
        if (reply.status() == 302) {
            exchange.getResponseHeaders().set("Location", reply.body());
            send(exchange, 302, reply.contentType(), new byte[0]);
        } else {
            send(exchange, reply.status(), reply.contentType(), reply.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private ObjectNode answer(HttpExchange exchange, boolean tokenCall) throws IOException {
        SimRequest request;
        try {
            request = SimRequest.read(exchange, json);
        } catch (JsonProcessingException e) {
            return answers.error(400002, "无效的参数: the body is not JSON");
        }
        return tokenCall ? token(request) : apiCall(request);
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

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", Objects.requireNonNull(type));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
