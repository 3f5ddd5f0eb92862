package io.orgkit.provider.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.callbacks.CallbackRequest;
import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.sync.SyncKind;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import io.orgkit.tck.dingtalk.SimCallbacks;
import io.orgkit.tck.dingtalk.SimDepartment;
import io.orgkit.tck.dingtalk.SimDirectory;
import io.orgkit.tck.dingtalk.SimUser;
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
import org.junit.jupiter.api.Test;

/** DingTalk's event subscription end to end: simulator events -> orgs.callbacks() -> local state. */
class DingTalkCallbacksTest {
    static final String CORP = "dingcorp-sim";
    static final String TOKEN = "sim-callback-token";
    static final String AES_KEY = key(1);

    static String key(int seed) {
        byte[] raw = new byte[32];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (seed * 31 + i * 7);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(raw);
    }

    private final DingTalkSimulator sim = DingTalkSimulator.start().generate(7, 12, 40, 3);
    private final OrganizationService orgs = OrganizationService.builder()
            .store(new InMemoryStore())
            .secretKey(Base64.getEncoder().encodeToString(new byte[32]))
            .provider(new DingTalkProvider())
            .build();
    private final Org org = orgs.create(DingTalk.organization(
            "ACME",
            CORP,
            "agent",
            sim.appKey(),
            sim.appSecret(),
            TOKEN,
            AES_KEY,
            Map.of(DingTalk.BASE_URL, sim.baseUrl().toString(), DingTalk.MAX_QPS, "0")));
    private final SimCallbacks events = new SimCallbacks(TOKEN, AES_KEY, sim.appKey(), Clock.systemUTC(), 42);

    @AfterEach
    void close() {
        orgs.close();
        sim.close();
    }

    private CallbackResponse handle(CallbackRequest request) {
        return orgs.callbacks().handle("dingtalk", request);
    }

    @Test
    void theUrlCheckIsAnsweredWithTheEncryptedSuccess() throws Exception {
        CallbackResponse r = handle(events.checkUrl());

        assertThat(r.status()).isEqualTo(200);
        assertThat(events.openReply(r.body())).isEqualTo("success");
    }

    @Test
    void aNewUserIsReadAgainAndAddedThroughItsEvent() {
        org.sync().run();
        sim.directory().addUser(SimUser.of("newbie", "New Bie", SimDirectory.ROOT_ID));
        events.event("user_add_org", List.of("newbie"), List.of());

        assertThat(events.deliver(this::handle)).allMatch(CallbackResponse::isSuccess);
        assertThat(org.members().list()).extracting(Member::externalId).contains("newbie");
        assertThat(org.sync().lastState().orElseThrow().apiCalls()).isPositive();
    }

    @Test
    void eventsKeepToTheSyncScope() {
        long info = sim.directory().addDepartment(SimDirectory.ROOT_ID, "信息部");
        long outside = sim.directory().addDepartment(SimDirectory.ROOT_ID, "销售部");
        sim.directory().addUser(SimUser.of("ann", "Ann", info));
        org.sync().changeScope(io.orgkit.core.sync.SyncScope.include(Long.toString(info)));
        var annId = org.members().list().get(0).id();
        sim.directory().addUser(SimUser.of("in", "In Side", info));
        sim.directory().addUser(SimUser.of("out", "Out Side", outside));
        long team = sim.directory().addDepartment(outside, "华东");
        events.event("user_add_org", List.of("in", "out"), List.of());
        events.event("org_dept_create", List.of(), List.of(team));

        assertThat(events.deliver(this::handle)).allMatch(CallbackResponse::isSuccess);

        assertThat(org.members().list()).extracting(Member::externalId).containsExactlyInAnyOrder("ann", "in");
        assertThat(org.departments().subtree(org.root().id())).hasSize(2);

        sim.directory().moveUser("ann", List.of(outside));
        events.event("user_modify_org", List.of("ann"), List.of());
        events.deliver(this::handle);
        assertThat(org.members().get(annId).isActive()).isFalse();

        sim.directory().moveUser("ann", List.of(outside, info));
        events.event("user_modify_org", List.of("ann"), List.of());
        events.deliver(this::handle);
        assertThat(org.members().get(annId).isActive()).isTrue();
        assertThat(org.sync().run().total()).as("a full sync agrees").isZero();
    }

    @Test
    void localStateConvergesAfterDuplicatedAndReorderedEvents() {
        org.sync().run();
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
    void aFullSyncRepairsWhatDroppedEventsMissed() {
        org.sync().run();
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
        org.sync().run();
        sim.directory().addUser(SimUser.of("eve", "Eve", SimDirectory.ROOT_ID));
        SimCallbacks forger = new SimCallbacks("wrong-token", AES_KEY, sim.appKey(), Clock.systemUTC(), 1);
        forger.event("user_add_org", List.of("eve"), List.of());

        assertThat(forger.deliver(this::handle))
                .extracting(CallbackResponse::status)
                .containsExactly(403);
        assertThat(org.members().list()).extracting(Member::externalId).doesNotContain("eve");
    }

    @Test
    void anOldTimestampIsRefused() {
        org.sync().run();
        sim.directory().addUser(SimUser.of("eve", "Eve", SimDirectory.ROOT_ID));
        CallbackRequest old = events.request(
                "{\"EventType\":\"user_add_org\",\"UserId\":[\"eve\"]}",
                System.currentTimeMillis() - 6 * 60_000,
                sim.appKey());

        assertThat(handle(old).status()).isEqualTo(403);
        assertThat(handle(old).body()).contains("stale");
        assertThat(org.members().list()).extracting(Member::externalId).doesNotContain("eve");
    }

    @Test
    void aReplayedCallbackIsRefusedTheSecondTime() {
        org.sync().run();
        sim.directory().addUser(SimUser.of("amy2", "Amy", SimDirectory.ROOT_ID));
        CallbackRequest once = events.request(
                "{\"EventType\":\"user_add_org\",\"UserId\":[\"amy2\"]}", System.currentTimeMillis(), sim.appKey());

        assertThat(handle(once).status()).isEqualTo(200);
        assertThat(handle(once).body()).contains("replayed");
    }

    @Test
    void aMessageForAnotherCorpOrWithAnotherKeyIsRefused() {
        org.sync().run();
        sim.directory().addUser(SimUser.of("eve", "Eve", SimDirectory.ROOT_ID));
        String otherKey = key(2);
        CallbackRequest otherCorp = events.request(
                "{\"EventType\":\"user_add_org\",\"UserId\":[\"eve\"]}", System.currentTimeMillis(), "another-corp");
        CallbackRequest wrongKey = new SimCallbacks(TOKEN, otherKey, sim.appKey(), Clock.systemUTC(), 9)
                .request(
                        "{\"EventType\":\"user_add_org\",\"UserId\":[\"eve\"]}",
                        System.currentTimeMillis(),
                        sim.appKey());

        assertThat(handle(otherCorp).body()).contains("other_organization");
        assertThat(handle(wrongKey).status()).isEqualTo(403);
        assertThat(org.members().list()).extracting(Member::externalId).doesNotContain("eve");
    }

    @Test
    void eventsPostedOverHttpToAMountedRouteAreApplied() throws Exception {
        org.sync().run();
        sim.directory().addUser(SimUser.of("posted", "Posted", SimDirectory.ROOT_ID));
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dingtalk/events", exchange -> {
            Map<String, List<String>> query = new HashMap<>();
            for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], List.of(java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8)));
            }
            CallbackResponse r = orgs.callbacks()
                    .handle(
                            "dingtalk",
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
            events.event("user_add_org", List.of("posted"), List.of());
            List<Integer> statuses = events.deliverTo(java.net.URI.create(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/dingtalk/events"));

            assertThat(statuses).containsExactly(200);
            assertThat(org.members().list()).extracting(Member::externalId).contains("posted");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aCallbackOfAnUnknownTypeIsNotFound() {
        assertThat(orgs.callbacks().handle("nope", events.checkUrl()).status()).isEqualTo(404);
    }

    /** One random directory change on the simulator, with the event DingTalk would send for it. */
    private void randomChange(Random random, int i) {
        SimDirectory dir = sim.directory();
        List<SimUser> users = dir.users();
        List<SimDepartment> depts = dir.departments();
        SimDepartment anyDept = depts.get(random.nextInt(depts.size()));
        switch (random.nextInt(5)) {
            case 0 -> {
                String id = "u-new-" + i;
                dir.addUser(SimUser.of(id, "New " + i, anyDept.id()));
                events.event("user_add_org", List.of(id), List.of());
            }
            case 1 -> {
                SimUser u = users.get(random.nextInt(users.size()));
                dir.updateUser(u.userid(), x -> x.withName(u.name() + " v" + i));
                events.event("user_modify_org", List.of(u.userid()), List.of());
            }
            case 2 -> {
                SimUser u = users.get(random.nextInt(users.size()));
                dir.removeUser(u.userid());
                events.event("user_leave_org", List.of(u.userid()), List.of());
            }
            case 3 -> {
                long id = dir.addDepartment(anyDept.id(), "Dept " + i);
                events.event("org_dept_create", List.of(), List.of(id));
            }
            default -> {
                dir.renameDepartment(anyDept.id(), "Renamed " + i);
                events.event("org_dept_modify", List.of(), List.of(anyDept.id()));
            }
        }
    }

    private Map<String, Set<String>> remote() {
        Map<String, Set<String>> out = new HashMap<>();
        for (SimUser u : sim.directory().users()) {
            out.put(
                    "m:" + u.userid(),
                    new TreeSet<>(List.of(
                            u.name(),
                            u.deptIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(",")))));
        }
        for (SimDepartment d : sim.directory().departments()) {
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
