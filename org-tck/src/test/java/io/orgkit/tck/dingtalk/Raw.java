package io.orgkit.tck.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Plain HTTP calls to a simulator, as a DingTalk client would make them. */
final class Raw {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final DingTalkSimulator sim;

    Raw(DingTalkSimulator sim) {
        this.sim = sim;
    }

    JsonNode token(String appKey, String appSecret) {
        return parse(send(HttpRequest.newBuilder(URI.create(
                                sim.baseUrl() + "/gettoken?appkey=" + enc(appKey) + "&appsecret=" + enc(appSecret)))
                        .GET()
                        .build())
                .body());
    }

    String token() {
        return token(sim.appKey(), sim.appSecret()).path("access_token").asText();
    }

    JsonNode post(String path, String token, String jsonBody) {
        return parse(postRaw(path, token, jsonBody).body());
    }

    HttpResponse<String> postRaw(String path, String token, String jsonBody) {
        return send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path + "?access_token=" + enc(token)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
}
