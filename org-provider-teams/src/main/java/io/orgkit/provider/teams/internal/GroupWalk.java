package io.orgkit.provider.teams.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.provider.support.ParallelFetch;
import io.orgkit.provider.teams.Teams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code GROUPS} mapping: the root group and the groups nested in it, breadth-first, as the department tree.
 * Per group: {@code /groups/{id}/members} (users with the selected properties, and member groups) and
 * {@code /groups/{id}/owners} (the managers), pages of 999 by the absolute next link; one tree level's groups in
 * parallel (at most {@code maxInFlight} calls at once, one QPS limiter). A group nested in several groups of the
 * tree is placed under the shallowest one, of several at that depth the one with the smallest id (the rule
 * {@link GroupDelta} follows too); cycles are cut. A user's groups are listed shallowest first, then by id. Nothing is
 * handed to the visitor until every call succeeded.
 */
final class GroupWalk {
    /** Most groups one tree may have. */
    static final int MAX_GROUPS = 20_000;

    private final GraphClient client;
    private final String rootId;

    private record Listing(List<JsonNode> users, List<JsonNode> groups, List<String> owners) {}

    GroupWalk(GraphClient client, String rootId) {
        this.client = client;
        this.rootId = rootId;
    }

    void fetch(DirectoryVisitor visitor) {
        JsonNode root = client.get("groups/" + rootId, Map.of("$select", "id,displayName"));
        List<RemoteDepartment> departments = new ArrayList<>();
        Map<String, List<String>> ownersOf = new LinkedHashMap<>();
        Map<String, JsonNode> users = new LinkedHashMap<>();
        Map<String, List<String>> groupsOf = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        seen.add(rootId);
        Map<String, Integer> depthOf = new HashMap<>();
        Map<String, Integer> indexOf = new HashMap<>();
        depthOf.put(rootId, 0);
        departments.add(
                new RemoteDepartment(rootId, null, root.path("displayName").asText(rootId), 0, List.of()));
        names.put(rootId, root.path("displayName").asText(rootId));
        List<String> level = List.of(rootId);
        int depth = 0;
        try (ParallelFetch parallel = new ParallelFetch(client.config().http().maxInFlight(), "teams-fetch")) {
            while (!level.isEmpty()) {
                List<Listing> listed = parallel.map(level, this::list);
                List<String> next = new ArrayList<>();
                for (int i = 0; i < level.size(); i++) {
                    String groupId = level.get(i);
                    Listing l = listed.get(i);
                    ownersOf.put(groupId, l.owners());
                    int order = 0;
                    for (JsonNode g : l.groups()) {
                        String id = g.path("id").asText();
                        if (!Users.validId(id)) {
                            continue;
                        }
                        if (!seen.add(id)) {
                            int at = indexOf.getOrDefault(id, -1);
                            if (at >= 0
                                    && depthOf.getOrDefault(id, -1) == depth + 1
                                    && groupId.compareTo(String.valueOf(
                                                    departments.get(at).parentExternalId()))
                                            < 0) {
                                departments.set(
                                        at,
                                        new RemoteDepartment(
                                                id, groupId, departments.get(at).name(), order++, List.of()));
                            }
                            continue;
                        }
                        if (seen.size() > MAX_GROUPS) {
                            throw new ProviderException(
                                    Teams.TYPE,
                                    "too-many-groups",
                                    "the root group holds more than " + MAX_GROUPS + " nested groups; choose a"
                                            + " smaller root group ('" + Teams.ROOT_GROUP_ID + "')");
                        }
                        String name = g.path("displayName").asText(id);
                        names.put(id, name);
                        indexOf.put(id, departments.size());
                        depthOf.put(id, depth + 1);
                        departments.add(new RemoteDepartment(id, groupId, name, order++, List.of()));
                        next.add(id);
                    }
                    for (JsonNode u : l.users()) {
                        String id = u.path("id").asText();
                        if (Users.validId(id)) {
                            users.putIfAbsent(id, u);
                            List<String> in = groupsOf.computeIfAbsent(id, k -> new ArrayList<>());
                            if (!in.contains(groupId)) {
                                in.add(groupId);
                            }
                        }
                    }
                }
                level = next;
                depth++;
            }
        }
        Comparator<String> shallowFirst = Comparator.<String>comparingInt(g -> depthOf.getOrDefault(g, 0))
                .thenComparing(Comparator.naturalOrder());
        groupsOf.values().forEach(in -> in.sort(shallowFirst));
        for (RemoteDepartment d : departments) {
            List<String> managers = ownersOf.getOrDefault(d.externalId(), List.of()).stream()
                    .filter(users::containsKey)
                    .toList();
            visitor.department(
                    new RemoteDepartment(d.externalId(), d.parentExternalId(), d.name(), d.order(), managers));
        }
        users.forEach((id, u) -> {
            // every user was put together with its group list (above)
            List<String> in = Objects.requireNonNull(groupsOf.get(id), id);
            visitor.member(Users.member(u, in, main(u, in, names)));
        });
    }

    /** The group named by the user's {@code department} property, else the first of its groups (shallowest, then by id). */
    static String main(JsonNode u, List<String> in, Map<String, String> names) {
        String department = DepartmentNames.text(u, "department");
        if (department != null) {
            String wanted = DepartmentNames.normal(department);
            for (String g : in) {
                if (DepartmentNames.normal(names.getOrDefault(g, "")).equals(wanted)) {
                    return g;
                }
            }
        }
        return in.get(0);
    }

    private Listing list(String groupId) {
        List<JsonNode> users = new ArrayList<>();
        List<JsonNode> groups = new ArrayList<>();
        for (JsonNode m : Pages.all(
                client, "groups/" + groupId + "/members", Map.of("$select", GraphClient.USER_SELECT, "$top", "999"))) {
            String type = m.path("@odata.type").asText("");
            if ("#microsoft.graph.group".equals(type)) {
                groups.add(m);
            } else if ("#microsoft.graph.user".equals(type)) {
                users.add(m);
            }
        }
        List<String> owners = new ArrayList<>();
        for (JsonNode o : Pages.all(client, "groups/" + groupId + "/owners", Map.of("$select", "id", "$top", "999"))) {
            if ("#microsoft.graph.user".equals(o.path("@odata.type").asText("#microsoft.graph.user"))) {
                owners.add(o.path("id").asText());
            }
        }
        return new Listing(users, groups, owners);
    }
}
