package io.orgkit.tck.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The WeCom simulator answers as WeCom documents: paths, fields, cursor paging, refusals and limits. */
class WeComSimulatorTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WeComSimulator sim = WeComSimulator.start();

    @AfterEach
    void close() {
        sim.close();
    }

    private JsonNode get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + pathAndQuery))
                .GET()
                .build());
    }

    private JsonNode post(String path, String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path + "?access_token=" + token))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static JsonNode send(HttpRequest request) {
        try {
            return JSON.readTree(
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token() {
        return get("/cgi-bin/gettoken?corpid=" + sim.corpId() + "&corpsecret=" + enc(sim.secret()))
                .path("access_token")
                .asText();
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Test
    void gettokenNamesAWrongCorpIdAndAWrongSecretApart() {
        assertThat(get("/cgi-bin/gettoken?corpid=nope&corpsecret=" + enc(sim.secret()))
                        .path("errcode")
                        .asInt())
                .isEqualTo(40013);
        assertThat(get("/cgi-bin/gettoken?corpid=" + sim.corpId() + "&corpsecret=nope")
                        .path("errcode")
                        .asInt())
                .isEqualTo(40001);
        JsonNode ok = get("/cgi-bin/gettoken?corpid=" + sim.corpId() + "&corpsecret=" + enc(sim.secret()));
        assertThat(ok.path("expires_in").asLong()).isEqualTo(7200);
        assertThat(get("/cgi-bin/department/list?access_token=bad")
                        .path("errcode")
                        .asInt())
                .isEqualTo(40014);
        String t = ok.path("access_token").asText();
        sim.expireTokens();
        assertThat(get("/cgi-bin/department/list?access_token=" + t)
                        .path("errcode")
                        .asInt())
                .isEqualTo(42001);
    }

    @Test
    void userListIdPagesEveryUserDepartmentPairWithAnOpaqueCursorAndRefusesABadLimit() {
        sim.generate(1, 20, 250, 3);
        String t = token();
        Set<String> seen = new HashSet<>();
        int pairs = 0;
        int pages = 0;
        String cursor = "";
        do {
            JsonNode page = post(
                    "/cgi-bin/user/list_id",
                    t,
                    "{\"limit\":100" + (cursor.isEmpty() ? "" : ",\"cursor\":\"" + cursor + "\"") + "}");
            pages++;
            pairs += page.path("dept_user").size();
            page.path("dept_user").forEach(p -> seen.add(p.path("userid").asText()));
            cursor = page.path("next_cursor").asText();
        } while (!cursor.isEmpty());

        long expected = sim.directory().users().stream()
                .mapToLong(u -> u.departments().size())
                .sum();
        assertThat(pairs).isEqualTo(expected);
        assertThat(pages).isEqualTo((int) ((expected + 99) / 100));
        assertThat(seen).hasSize(250);
        assertThat(post("/cgi-bin/user/list_id", t, "{\"limit\":10001}")
                        .path("errcode")
                        .asInt())
                .isEqualTo(40058);
    }

    @Test
    void theFieldRestrictionLeavesTheContactFieldsOutOfTheJson() {
        sim.directory()
                .addUser(new WeComSimUser("amy", "Amy", "13800000001", "a@x.example", "Dev", "E1", List.of(1L), 1L, 4));
        String t = token();
        JsonNode full = get("/cgi-bin/user/get?access_token=" + t + "&userid=amy");
        sim.restrictFields(true);
        JsonNode restricted = get("/cgi-bin/user/get?access_token=" + t + "&userid=amy");

        assertThat(full.has("mobile")).isTrue();
        assertThat(full.path("status").asInt()).isEqualTo(4);
        assertThat(full.path("extattr")
                        .path("attrs")
                        .get(0)
                        .path("text")
                        .path("value")
                        .asText())
                .isEqualTo("E1");
        assertThat(restricted.has("mobile")).isFalse();
        assertThat(restricted.has("email")).isFalse();
        assertThat(restricted.has("avatar")).isFalse();
        assertThat(restricted.path("position").asText()).isEqualTo("Dev");
    }

    @Test
    void refusalsAnswerWeComsCodes() {
        String t = token();
        sim.refuse(WeComSimulator.Refusal.LIST_FORBIDDEN);
        assertThat(get("/cgi-bin/user/list?access_token=" + t + "&department_id=1")
                        .path("errcode")
                        .asInt())
                .isEqualTo(48009);
        assertThat(get("/cgi-bin/department/simplelist?access_token=" + t)
                        .path("errcode")
                        .asInt())
                .isZero();
        sim.refuse(WeComSimulator.Refusal.LIST_ID_FORBIDDEN);
        assertThat(post("/cgi-bin/user/list_id", t, "{}").path("errcode").asInt())
                .isEqualTo(48002);
        sim.refuse(WeComSimulator.Refusal.IP_NOT_TRUSTED);
        JsonNode ip = get("/cgi-bin/gettoken?corpid=" + sim.corpId() + "&corpsecret=" + enc(sim.secret()));
        assertThat(ip.path("errcode").asInt()).isEqualTo(60020);
        assertThat(ip.path("errmsg").asText()).contains("from ip");
    }

    @Test
    void callsOverTheLimitAreRefusedWith45009AndCounted() {
        String t = token();
        sim.callLimit(2);
        for (int i = 0; i < 4; i++) {
            get("/cgi-bin/department/simplelist?access_token=" + t);
        }

        assertThat(get("/cgi-bin/department/simplelist?access_token=" + t)
                        .path("errcode")
                        .asInt())
                .isEqualTo(45009);
        assertThat(sim.refusedForLimits()).isEqualTo(3);
        assertThat(sim.calls("/cgi-bin/department/simplelist")).isEqualTo(5);
    }

    @Test
    void theLoginCodeIsSingleUseAndANonMemberGetsAnOpenid() {
        sim.directory().addUser(WeComSimUser.of("amy", "Amy", 1L));
        String t = token();
        String code = sim.issueLoginCode("amy");

        assertThat(get("/cgi-bin/auth/getuserinfo?access_token=" + t + "&code=" + code)
                        .path("userid")
                        .asText())
                .isEqualTo("amy");
        assertThat(get("/cgi-bin/auth/getuserinfo?access_token=" + t + "&code=" + code)
                        .path("errcode")
                        .asInt())
                .isEqualTo(40029);
        JsonNode outsider = get("/cgi-bin/auth/getuserinfo?access_token=" + t + "&code=" + sim.issueNonMemberCode());
        assertThat(outsider.has("userid")).isFalse();
        assertThat(outsider.path("openid").asText()).isNotEmpty();
    }
}
