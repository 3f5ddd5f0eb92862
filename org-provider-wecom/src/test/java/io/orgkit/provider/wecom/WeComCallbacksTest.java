package io.orgkit.provider.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.callbacks.CallbackRequest;
import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.sync.SyncKind;
import io.orgkit.tck.wecom.WeComSimCallbacks;
import io.orgkit.tck.wecom.WeComSimDepartment;
import io.orgkit.tck.wecom.WeComSimDirectory;
import io.orgkit.tck.wecom.WeComSimUser;
import io.orgkit.tck.wecom.WeComSimulator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WeCom's change callbacks end to end: simulator changes -> signed, encrypted callbacks -> orgs.callbacks(). */
class WeComCallbacksTest {
    static final String TOKEN = "sim-callback-token";
    static final String AES_KEY = key(1);
    private static final String XML_ADD = "<xml><ToUserName>%s</ToUserName><CreateTime>%d</CreateTime>"
            + "<MsgType>event</MsgType><Event>change_contact</Event><ChangeType>create_user</ChangeType>"
            + "<UserID>%s</UserID></xml>";

    static String key(int seed) {
        byte[] raw = new byte[32];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (seed * 31 + i * 7);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(raw);
    }

    private final WeComSimulator sim = WeComSimulator.start().generate(7, 12, 40, 3);
    private final OrganizationService orgs = OrganizationService.builder()
            .store(new InMemoryStore())
            .secretKey(Base64.getEncoder().encodeToString(new byte[32]))
            .provider(new WeComProvider())
            .build();
    private final Org org = orgs.create(WeCom.organization(
            "ACME",
            sim.corpId(),
            "1000002",
            sim.secret(),
            TOKEN,
            AES_KEY,
            Map.of(WeCom.BASE_URL, sim.baseUrl().toString(), WeCom.MAX_QPS, "0")));
    private final WeComSimCallbacks events = new WeComSimCallbacks(TOKEN, AES_KEY, sim.corpId(), Clock.systemUTC(), 42);

    @BeforeEach
    void synced() {
        org.sync().run();
        sim.callbacks(events);
    }

    @AfterEach
    void close() {
        orgs.close();
        sim.close();
    }

    private CallbackResponse handle(CallbackRequest request) {
        return orgs.callbacks().handle(WeCom.TYPE, request);
    }

    private String addUser(String userid) {
        return String.format(XML_ADD, sim.corpId(), System.currentTimeMillis() / 1000, userid);
    }

    @Test
    void theUrlCheckIsAnsweredWithTheDecryptedEchoString() {
        CallbackResponse r = handle(events.urlCheck("echo-8812"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("echo-8812");
    }

    @Test
    void aNewUserIsReadAgainAndAddedAndTheReplyIsSuccess() {
        sim.directory().addUser(WeComSimUser.of("newbie", "New Bie", WeComSimDirectory.ROOT_ID));

        List<CallbackResponse> answers = events.deliver(this::handle);

        assertThat(answers).extracting(CallbackResponse::body).containsExactly("success");
        assertThat(org.members().list()).extracting(Member::externalId).contains("newbie");
    }

    @Test
    void localStateConvergesAfterDuplicatedAndReorderedCallbacks() {
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            randomChange(random, i);
        }
        events.duplicate(0.3);
        events.reorder();

        List<CallbackResponse> answers = events.deliver(this::handle);

        assertThat(answers).allMatch(CallbackResponse::isSuccess);
        assertThat(local()).isEqualTo(remote());
    }

    @Test
    void aFullSyncRepairsWhatDroppedCallbacksMissed() {
        Random random = new Random(5);
        for (int i = 0; i < 30; i++) {
            randomChange(random, i);
        }
        assertThat(events.drop(0.5)).isPositive();
        events.deliver(this::handle);
        assertThat(local()).isNotEqualTo(remote());

        assertThat(org.sync().run().kind()).isEqualTo(SyncKind.FULL);

        assertThat(local()).isEqualTo(remote());
    }

    @Test
    void aForgedSignatureIsRefusedAndNothingApplied() {
        sim.callbacks(null);
        sim.directory().addUser(WeComSimUser.of("eve", "Eve", WeComSimDirectory.ROOT_ID));
        WeComSimCallbacks forger = new WeComSimCallbacks("wrong-token", AES_KEY, sim.corpId(), Clock.systemUTC(), 1);
        forger.event("create_user", "eve");

        assertThat(forger.deliver(this::handle))
                .extracting(CallbackResponse::status)
                .containsExactly(403);
        assertThat(org.members().list()).extracting(Member::externalId).doesNotContain("eve");
    }

    @Test
    void anOldTimestampIsRefused() {
        sim.callbacks(null);
        sim.directory().addUser(WeComSimUser.of("eve", "Eve", WeComSimDirectory.ROOT_ID));
        CallbackRequest old = events.request(addUser("eve"), System.currentTimeMillis() - 6 * 60_000, sim.corpId());

        assertThat(handle(old).status()).isEqualTo(403);
        assertThat(handle(old).body()).contains("stale");
        assertThat(org.members().list()).extracting(Member::externalId).doesNotContain("eve");
    }

    @Test
    void aReusedNonceIsRefusedAsAReplay() {
        sim.callbacks(null);
        sim.directory().addUser(WeComSimUser.of("amy2", "Amy", WeComSimDirectory.ROOT_ID));
        sim.directory().addUser(WeComSimUser.of("eve", "Eve", WeComSimDirectory.ROOT_ID));
        long now = System.currentTimeMillis();

        assertThat(handle(events.request(addUser("amy2"), now, sim.corpId(), "777"))
                        .status())
                .isEqualTo(200);
        CallbackResponse replay = handle(events.request(addUser("eve"), now, sim.corpId(), "777"));

        assertThat(replay.status()).isEqualTo(403);
        assertThat(replay.body()).contains("replayed");
        assertThat(org.members().list())
                .extracting(Member::externalId)
                .contains("amy2")
                .doesNotContain("eve");
    }

    @Test
    void aMessageForAnotherCorpOrWithAnotherKeyIsRefused() {
        sim.callbacks(null);
        sim.directory().addUser(WeComSimUser.of("eve", "Eve", WeComSimDirectory.ROOT_ID));
        long now = System.currentTimeMillis();
        CallbackRequest otherCorp = events.request(addUser("eve"), now, "wwanothercorp");
        CallbackRequest wrongKey = new WeComSimCallbacks(TOKEN, key(2), sim.corpId(), Clock.systemUTC(), 9)
                .request(addUser("eve"), now, sim.corpId());
        CallbackRequest otherCorpCheck = events.urlCheck("x", now, "wwanothercorp");

        assertThat(handle(otherCorp).body()).contains("other_organization");
        assertThat(handle(wrongKey).body()).contains("undecryptable");
        assertThat(handle(otherCorpCheck).status()).isEqualTo(403);
        assertThat(org.members().list()).extracting(Member::externalId).doesNotContain("eve");
    }

    @Test
    void malformedAndOversizedBodiesAreRefused() {
        long now = System.currentTimeMillis();
        CallbackRequest good = events.request(addUser("x"), now, sim.corpId());
        Map<String, String> query = new HashMap<>();
        good.query().forEach((k, v) -> query.put(k, v.get(0)));

        assertThat(handle(CallbackRequest.of(query, "not xml")).body()).contains("malformed");
        assertThat(handle(CallbackRequest.of(query, "<xml><Encrypt>" + "A".repeat(17_000) + "</Encrypt></xml>"))
                        .body())
                .contains("malformed");
        Map<String, String> noSignature = new HashMap<>(query);
        noSignature.remove("msg_signature");
        assertThat(handle(CallbackRequest.of(noSignature, good.bodyText())).body())
                .contains("malformed");
        Map<String, String> longNonce = new HashMap<>(query);
        longNonce.put("nonce", "9".repeat(101));
        assertThat(handle(CallbackRequest.of(longNonce, good.bodyText())).status())
                .isEqualTo(403);
    }

    @Test
    void anOrganizationWithoutCallbackSettingsRefusesCallbacks() {
        sim.callbacks(null);
        WeComSimulator plainSim = WeComSimulator.start("wwplaincorp", "plain-secret");
        try (plainSim) {
            orgs.create(WeCom.organization(
                    "Plain",
                    plainSim.corpId(),
                    "1",
                    plainSim.secret(),
                    Map.of(WeCom.BASE_URL, plainSim.baseUrl().toString(), WeCom.MAX_QPS, "0")));
        }
        assertThat(handle(events.urlCheck("e", System.currentTimeMillis(), "wwplaincorp"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void callbacksPostedOverHttpToAMountedRouteAreApplied() throws Exception {
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/wecom/callback", exchange -> {
            Map<String, List<String>> query = new HashMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], List.of(java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8)));
            }
            CallbackResponse r = orgs.callbacks()
                    .handle(
                            WeCom.TYPE,
                            new CallbackRequest(
                                    query,
                                    exchange.getRequestHeaders(),
                                    exchange.getRequestBody().readAllBytes()));
            byte[] body = r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", r.contentType());
            exchange.sendResponseHeaders(r.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            sim.directory().addUser(WeComSimUser.of("posted", "Posted", WeComSimDirectory.ROOT_ID));

            List<String> answers = events.deliverTo(java.net.URI.create(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/wecom/callback"));

            assertThat(answers).containsExactly("200 success");
            assertThat(org.members().list()).extracting(Member::externalId).contains("posted");
        } finally {
            server.stop(0);
        }
    }

    /** One random directory change on the simulator (which queues WeCom's callback for it). */
    private void randomChange(Random random, int i) {
        WeComSimDirectory dir = sim.directory();
        List<WeComSimUser> users = dir.users();
        List<WeComSimDepartment> depts = dir.departments();
        WeComSimDepartment anyDept = depts.get(random.nextInt(depts.size()));
        switch (random.nextInt(6)) {
            case 0 -> dir.addUser(WeComSimUser.of("u-new-" + i, "New " + i, anyDept.id()));
            case 1 -> {
                WeComSimUser u = users.get(random.nextInt(users.size()));
                dir.updateUser(u.userid(), x -> x.withName(u.name() + " v" + i));
            }
            case 2 -> dir.removeUser(users.get(random.nextInt(users.size())).userid());
            case 3 -> dir.addDepartment(anyDept.id(), "Dept " + i);
            case 4 -> {
                WeComSimUser u = users.get(random.nextInt(users.size()));
                dir.updateUser(u.userid(), x -> x.withDepartments(List.of(anyDept.id())));
            }
            default -> dir.renameDepartment(anyDept.id(), "Renamed " + i);
        }
    }

    private Map<String, Set<String>> remote() {
        Map<String, Set<String>> out = new HashMap<>();
        for (WeComSimUser u : sim.directory().users()) {
            out.put(
                    "m:" + u.userid(),
                    new TreeSet<>(List.of(
                            u.name(),
                            u.departments().stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .collect(Collectors.joining(",")))));
        }
        for (WeComSimDepartment d : sim.directory().departments()) {
            out.put("d:" + d.id(), new TreeSet<>(List.of(d.name(), "parent " + (d.isRoot() ? "-" : d.parentId()))));
        }
        return out;
    }

    private Map<String, Set<String>> local() {
        Map<String, Set<String>> out = new HashMap<>();
        List<Department> all =
                new ArrayList<>(org.departments().subtree(org.root().id()));
        Map<io.orgkit.core.departments.DepartmentId, String> ext = new HashMap<>();
        all.forEach(d -> ext.put(d.id(), d.externalId()));
        for (Member m : org.members().list()) {
            out.put(
                    "m:" + m.externalId(),
                    new TreeSet<>(List.of(
                            m.name(),
                            m.departmentIds().stream().map(ext::get).sorted().collect(Collectors.joining(",")))));
        }
        for (Department d : all) {
            out.put(
                    "d:" + d.externalId(),
                    new TreeSet<>(List.of(d.name(), "parent " + (d.parentId() == null ? "-" : ext.get(d.parentId())))));
        }
        return out;
    }
}
