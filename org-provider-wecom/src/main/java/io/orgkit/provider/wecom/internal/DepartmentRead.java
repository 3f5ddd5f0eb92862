package io.orgkit.provider.wecom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.provider.support.ParallelFetch;
import io.orgkit.provider.wecom.Listing;
import io.orgkit.provider.wecom.WeCom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the department tree the app can see. {@link Listing#LIST}: one {@code department/list}, which names every
 * department with its parent, {@code order} and {@code department_leader}. {@link Listing#IDS}:
 * {@code department/simplelist} (ids, parents, order) and one {@code department/get} per department for its name
 * and leaders, in parallel. {@link Listing#AUTO}: LIST, and IDS when WeCom refuses {@code department/list} with
 * 48009. The result is breadth-first from the root (id 1), parents before children, siblings in WeCom's order
 * (a larger {@code order} first; OrgKit's order is WeCom's negated so that it sorts the same way ascending).
 */
final class DepartmentRead {
    static final String ROOT = "1";

    private final WeComClient client;
    private final ParallelFetch parallel;

    /** A department as read, with WeCom's raw leader list (null when WeCom did not send one). */
    record Read(RemoteDepartment department, boolean leadersSent) {}

    DepartmentRead(WeComClient client, ParallelFetch parallel) {
        this.client = client;
        this.parallel = parallel;
    }

    List<Read> read(Listing listing) {
        List<Read> flat;
        if (listing == Listing.IDS) {
            flat = byIds();
        } else {
            try {
                flat = byList();
            } catch (ProviderException e) {
                if (listing != Listing.AUTO || !WeComErrors.CONTACT_ASSISTANT_FORBIDDEN.equals(e.code())) {
                    throw e;
                }
                flat = byIds();
            }
        }
        return topDown(flat);
    }

    private List<Read> byList() {
        JsonNode answer = client.get(WeComApi.DEPARTMENT_LIST, Map.of());
        List<Read> out = new ArrayList<>();
        answer.path("department").forEach(d -> out.add(department(d)));
        return out;
    }

    private List<Read> byIds() {
        JsonNode answer = client.get(WeComApi.DEPARTMENT_SIMPLELIST, Map.of());
        List<String> ids = new ArrayList<>();
        answer.path("department_id").forEach(d -> ids.add(d.path("id").asText()));
        return parallel.map(
                ids,
                id -> department(
                        client.get(WeComApi.DEPARTMENT_GET, Map.of("id", id)).path("department")));
    }

    /** One department of {@code department/list} or {@code department/get}. */
    static Read department(JsonNode d) {
        String id = d.path("id").asText();
        String parent = d.path("parentid").asText("0");
        List<String> leaders = new ArrayList<>();
        d.path("department_leader").forEach(l -> leaders.add(l.asText()));
        String name = WeComClient.text(d, "name");
        return new Read(
                new RemoteDepartment(
                        id,
                        ROOT.equals(id) || "0".equals(parent) ? null : parent,
                        name == null ? id : name,
                        -d.path("order").asLong(0),
                        leaders),
                d.has("department_leader"));
    }

    /**
     * Breadth-first from the root, siblings by order then id. A department whose parent the app cannot see hangs
     * under the root.
     *
     * @throws ProviderException when the root department (id 1) is not among them
     */
    static List<Read> topDown(List<Read> flat) {
        Map<String, Read> byId = new LinkedHashMap<>();
        flat.forEach(r -> byId.putIfAbsent(r.department().externalId(), r));
        Read root = byId.get(ROOT);
        if (root == null) {
            throw new ProviderException(
                    WeCom.TYPE,
                    "no-root",
                    "the app cannot see the enterprise's top department (id 1); set the app's visible range"
                            + " (应用管理 > the app > 可见范围) to the whole enterprise in " + WeComErrors.CONSOLE
                            + ", then sync again");
        }
        Map<String, List<Read>> children = new HashMap<>();
        for (Read r : byId.values()) {
            if (r == root) {
                continue;
            }
            String parent = r.department().parentExternalId();
            String under = parent != null && byId.containsKey(parent) ? parent : ROOT;
            Read placed = under.equals(parent) ? r : reparent(r, under);
            children.computeIfAbsent(under, k -> new ArrayList<>()).add(placed);
        }
        Comparator<Read> siblings = Comparator.comparingLong(
                        (Read r) -> r.department().order())
                .thenComparingLong(r -> number(r.department().externalId()));
        List<Read> out = new ArrayList<>(byId.size());
        Deque<Read> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            Read r = queue.poll();
            out.add(r);
            List<Read> kids = children.get(r.department().externalId());
            if (kids != null) {
                kids.sort(siblings);
                queue.addAll(kids);
            }
        }
        if (out.size() < byId.size()) {
            throw new ProviderException(
                    WeCom.TYPE,
                    "bad-tree",
                    (byId.size() - out.size()) + " WeCom department(s) are not reachable from the top department"
                            + " (their parents form a cycle); nothing was applied, sync again later");
        }
        return out;
    }

    private static Read reparent(Read r, String parent) {
        RemoteDepartment d = r.department();
        return new Read(
                new RemoteDepartment(d.externalId(), parent, d.name(), d.order(), d.managerExternalIds()),
                r.leadersSent());
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
