package io.orgkit.provider.teams.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.ChangePage;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.provider.teams.Teams;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The change feed of the {@code GROUPS} mapping: {@code /users/delta} (user properties, {@code @removed}) and
 * {@code /groups/delta?$select=displayName,members} (renames, deletions, {@code members@delta}) read together.
 * The cursor holds both links: {@code "g1 " + usersLink + " " + groupsLink}; anything else (or a link off Graph's
 * origin) is {@code cursor-expired}. Per round:
 * <ul>
 *   <li>a changed group: where it sits in the tree, from {@code /groups/{id}/memberOf} up to the root group
 *       (memoized per round): the shallowest parent in the tree, of several at that depth the smallest id
 *       (the rule {@link GroupWalk} follows); in the tree: {@code DepartmentUpserted} with its owners as managers
 *       ({@code /groups/{id}/owners}); taken out of a tree group (a removed {@code members@delta} entry of a group in the tree) and now
 *       outside: {@code DepartmentRemoved}, and so for the groups of its subtree that are in the tree by no
 *       other way ({@code /groups/{id}/members}), whose users are read again; a group never in the tree is left
 *       out;</li>
 *   <li>a deleted group reported as removed from a tree group: {@code DepartmentRemoved};</li>
 *   <li>a user changed or added to / removed from a group: its tree groups from {@code /users/{id}/memberOf}
 *       (sorted as {@link GroupWalk} sorts them); none: {@code MemberRemoved}; else {@code MemberUpserted} with the
 *       complete department list (the user read again when the delta item lacks properties).</li>
 * </ul>
 * A round with no change is 2 calls (one per delta link).
 */
final class GroupDelta {
    /** The cursor's prefix (version 1 of its format). */
    static final String PREFIX = "g1 ";
    /** Most users and groups one round may name; more: run a full sync. */
    static final int MAX_TOUCHED = 5_000;
    /** Most {@code memberOf} lookups one round may make. */
    static final int MAX_LOOKUPS = GroupWalk.MAX_GROUPS;

    /** The core's bound on a stored cursor (as {@link ChangePage} checks it). */
    static final int MAX_CURSOR = 2_000;

    static final String GROUP_SELECT = "displayName,members";
    private static final String USER_TYPE = "#microsoft.graph.user";
    private static final String GROUP_TYPE = "#microsoft.graph.group";

    private final GraphClient client;
    private final String rootId;

    /** Where a group sits: its parent (null for the root) and depth below the root. */
    private record Place(@Nullable String parent, int depth) {}

    private final Map<String, Optional<Place>> places = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, List<String>> treeGroupsOf = new HashMap<>();
    private int lookups;

    GroupDelta(GraphClient client, String rootId) {
        this.client = client;
        this.rootId = rootId;
    }

    /** The current position of both feeds ({@code $deltatoken=latest}, 2 calls, no data). */
    ChangePage start() {
        JsonNode users = client.get("users/delta", Map.of("$select", GraphClient.USER_SELECT, "$deltatoken", "latest"));
        JsonNode groups = client.get("groups/delta", Map.of("$select", GROUP_SELECT, "$deltatoken", "latest"));
        return new ChangePage(
                List.of(),
                cursor(link(users, "@odata.deltaLink", "users"), link(groups, "@odata.deltaLink", "groups")),
                false);
    }

    /** One round from {@code cursor}. @throws ProviderException {@code cursor-expired} for an unusable cursor */
    ChangePage round(String cursor) {
        String[] links = parse(cursor);
        JsonNode usersPage = client.follow(links[0]);
        JsonNode groupsPage = client.follow(links[1]);

        Set<String> removedUsers = new LinkedHashSet<>();
        Map<String, JsonNode> userItems = new HashMap<>();
        Set<String> touchedUsers = new LinkedHashSet<>();
        Set<String> removedGroups = new LinkedHashSet<>();
        Set<String> touchedGroups = new LinkedHashSet<>();
        Map<String, List<String>> removedFrom = new HashMap<>();
        for (JsonNode item : Pages.items(groupsPage, "/v1.0/groups/delta")) {
            String id = item.path("id").asText("");
            if (!Users.validId(id)) {
                continue;
            }
            if (item.has("@removed")) {
                removedGroups.add(id);
                continue;
            }
            touchedGroups.add(id);
            if (item.hasNonNull("displayName")) {
                names.put(id, item.path("displayName").asText());
            }
            for (JsonNode m : item.path("members@delta")) {
                String mid = m.path("id").asText("");
                if (!Users.validId(mid)) {
                    continue;
                }
                String type = m.path("@odata.type").asText("");
                if (GROUP_TYPE.equals(type)) {
                    touchedGroups.add(mid);
                    if (m.has("@removed")) {
                        removedFrom.computeIfAbsent(mid, k -> new ArrayList<>()).add(id);
                    }
                } else if (USER_TYPE.equals(type)) {
                    touchedUsers.add(mid);
                }
            }
            bound(touchedUsers.size() + touchedGroups.size());
        }
        for (JsonNode item : Pages.items(usersPage, "/v1.0/users/delta")) {
            String id = item.path("id").asText("");
            if (!Users.validId(id)) {
                continue;
            }
            if (item.has("@removed")) {
                removedUsers.add(id);
                continue;
            }
            touchedUsers.add(id);
            if (Users.complete(item)) {
                userItems.put(id, item);
            }
        }
        bound(touchedUsers.size() + touchedGroups.size());

        Set<String> takenOut = new HashSet<>();
        removedFrom.forEach((child, parents) -> {
            if (parents.stream().anyMatch(p -> place(p, new HashSet<>()).isPresent())) {
                takenOut.add(child);
            }
        });
        leaving(takenOut, removedGroups, touchedGroups, touchedUsers);
        List<RemoteChange> changes = new ArrayList<>();
        for (String g : touchedGroups) {
            if (removedGroups.contains(g)) {
                continue;
            }
            Optional<Place> place = place(g, new HashSet<>());
            if (place.isPresent()) {
                Optional<String> name = name(g);
                if (name.isEmpty()) {
                    if (takenOut.contains(g)) {
                        changes.add(new RemoteChange.DepartmentRemoved(g, 0));
                    }
                    continue;
                }
                changes.add(new RemoteChange.DepartmentUpserted(
                        new RemoteDepartment(g, place.get().parent(), name.get(), 0, managers(g)), 0));
            } else if (takenOut.contains(g)) {
                changes.add(new RemoteChange.DepartmentRemoved(g, 0));
            }
        }
        for (String g : removedGroups) {
            if (takenOut.contains(g)) {
                changes.add(new RemoteChange.DepartmentRemoved(g, 0));
            }
        }
        for (String u : touchedUsers) {
            if (removedUsers.contains(u)) {
                continue;
            }
            List<String> in = treeGroups(u);
            JsonNode user = in.isEmpty() ? null : userItems.get(u);
            if (user == null && !in.isEmpty()) {
                user = readUser(u);
            }
            if (user == null) {
                changes.add(new RemoteChange.MemberRemoved(u, 0));
            } else {
                changes.add(
                        new RemoteChange.MemberUpserted(Users.member(user, in, GroupWalk.main(user, in, names)), 0));
            }
        }
        removedUsers.forEach(u -> changes.add(new RemoteChange.MemberRemoved(u, 0)));

        String usersNext = usersPage.path("@odata.nextLink").asText("");
        String groupsNext = groupsPage.path("@odata.nextLink").asText("");
        String nextUsers = usersNext.isEmpty() ? link(usersPage, "@odata.deltaLink", "users") : checked(usersNext);
        String nextGroups = groupsNext.isEmpty() ? link(groupsPage, "@odata.deltaLink", "groups") : checked(groupsNext);
        return new ChangePage(changes, cursor(nextUsers, nextGroups), !usersNext.isEmpty() || !groupsNext.isEmpty());
    }

    /**
     * The subtrees of the groups taken out of the tree (not deleted: a deleted group's members cannot be listed):
     * {@code /groups/{id}/members} of each; a member group no longer in the tree by another way leaves too (and its
     * members are read in turn), each member user's groups are read again.
     */
    private void leaving(
            Set<String> takenOut, Set<String> removedGroups, Set<String> touchedGroups, Set<String> touchedUsers) {
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (String g : takenOut) {
            if (!removedGroups.contains(g) && place(g, new HashSet<>()).isEmpty()) {
                queue.add(g);
            }
        }
        Set<String> expanded = new HashSet<>();
        while (!queue.isEmpty()) {
            String g = queue.poll();
            if (!expanded.add(g)) {
                continue;
            }
            List<JsonNode> members;
            try {
                members = Pages.all(client, "groups/" + g + "/members", Map.of("$select", "id", "$top", "999"));
            } catch (ProviderException e) {
                if ("Request_ResourceNotFound".equals(e.code())) {
                    continue;
                }
                throw e;
            }
            for (JsonNode m : members) {
                String mid = m.path("id").asText("");
                if (!Users.validId(mid)) {
                    continue;
                }
                String type = m.path("@odata.type").asText("");
                if (GROUP_TYPE.equals(type)) {
                    touchedGroups.add(mid);
                    if (place(mid, new HashSet<>()).isEmpty()) {
                        takenOut.add(mid);
                        queue.add(mid);
                    }
                } else if (USER_TYPE.equals(type)) {
                    touchedUsers.add(mid);
                }
            }
            bound(touchedUsers.size() + touchedGroups.size());
        }
    }

    /**
     * Where {@code groupId} sits in the tree: the root; else its shallowest parent group in the tree, of several at
     * that depth the smallest id. Empty when it is not in the tree (or gone). Cycles are cut.
     */
    private Optional<Place> place(String groupId, Set<String> visiting) {
        if (groupId.equals(rootId)) {
            return Optional.of(new Place(null, 0));
        }
        Optional<Place> known = places.get(groupId);
        if (known != null) {
            return known;
        }
        if (!visiting.add(groupId)) {
            return Optional.empty();
        }
        Place best = null;
        for (JsonNode p : memberOf("groups/" + groupId)) {
            String pid = p.path("id").asText("");
            Optional<Place> above = place(pid, visiting);
            if (above.isEmpty()) {
                continue;
            }
            int depth = above.get().depth() + 1;
            if (best == null
                    || depth < best.depth()
                    || (depth == best.depth() && pid.compareTo(String.valueOf(best.parent())) < 0)) {
                best = new Place(pid, depth);
            }
        }
        visiting.remove(groupId);
        Optional<Place> out = Optional.ofNullable(best);
        places.put(groupId, out);
        return out;
    }

    /** The tree groups {@code userId} is a direct member of, sorted as {@link GroupWalk} sorts them. */
    private List<String> treeGroups(String userId) {
        List<String> known = treeGroupsOf.get(userId);
        if (known != null) {
            return known;
        }
        Map<String, Integer> depth = new LinkedHashMap<>();
        for (JsonNode g : memberOf("users/" + userId)) {
            String gid = g.path("id").asText("");
            place(gid, new HashSet<>()).ifPresent(p -> depth.put(gid, p.depth()));
        }
        List<String> in = new ArrayList<>(depth.keySet());
        in.sort(Comparator.<String>comparingInt(g -> depth.getOrDefault(g, 0))
                .thenComparing(Comparator.naturalOrder()));
        treeGroupsOf.put(userId, in);
        return in;
    }

    /** {@code /{path}/memberOf}: the groups (with names) it is a direct member of; empty when it is gone. */
    private List<JsonNode> memberOf(String path) {
        if (++lookups > MAX_LOOKUPS) {
            throw new ProviderException(
                    Teams.TYPE,
                    "too-many-changes",
                    "a change round needed more than " + MAX_LOOKUPS + " memberOf lookups; run a full sync"
                            + " (sync().run())");
        }
        List<JsonNode> groups = new ArrayList<>();
        try {
            for (JsonNode g :
                    Pages.all(client, path + "/memberOf", Map.of("$select", "id,displayName", "$top", "999"))) {
                String gid = g.path("id").asText("");
                if (Users.validId(gid)
                        && GROUP_TYPE.equals(g.path("@odata.type").asText(GROUP_TYPE))) {
                    names.putIfAbsent(gid, g.path("displayName").asText(gid));
                    groups.add(g);
                }
            }
        } catch (ProviderException e) {
            if (!"Request_ResourceNotFound".equals(e.code())) {
                throw e;
            }
        }
        return groups;
    }

    private Optional<String> name(String groupId) {
        String known = names.get(groupId);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            JsonNode g = client.get("groups/" + groupId, Map.of("$select", "id,displayName"));
            String name = g.path("displayName").asText(groupId);
            names.put(groupId, name);
            return Optional.of(name);
        } catch (ProviderException e) {
            if ("Request_ResourceNotFound".equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The group's owners that are members of the tree (as {@link GroupWalk} keeps them). */
    private List<String> managers(String groupId) {
        List<String> out = new ArrayList<>();
        for (JsonNode o : Pages.all(client, "groups/" + groupId + "/owners", Map.of("$select", "id", "$top", "999"))) {
            String id = o.path("id").asText("");
            if (Users.validId(id)
                    && USER_TYPE.equals(o.path("@odata.type").asText(USER_TYPE))
                    && !treeGroups(id).isEmpty()) {
                out.add(id);
            }
        }
        return out;
    }

    private @Nullable JsonNode readUser(String id) {
        try {
            return client.get("users/" + id, Map.of("$select", GraphClient.USER_SELECT));
        } catch (ProviderException e) {
            if ("Request_ResourceNotFound".equals(e.code())) {
                return null;
            }
            throw e;
        }
    }

    private static void bound(int touched) {
        if (touched > MAX_TOUCHED) {
            throw new ProviderException(
                    Teams.TYPE,
                    "too-many-changes",
                    "one change round names more than " + MAX_TOUCHED + " users and groups; run a full sync"
                            + " (sync().run()), which starts the changes afresh");
        }
    }

    private String link(JsonNode page, String field, String feed) {
        String link = page.path(field).asText("");
        if (link.isEmpty()) {
            throw new ProviderException(
                    Teams.TYPE,
                    "malformed-response",
                    "Microsoft Graph's /" + feed + "/delta answer has neither a next link nor a delta link; nothing"
                            + " was applied");
        }
        return checked(link);
    }

    private String checked(String link) {
        client.checkedLink(link);
        return link;
    }

    /** Both links in one cursor. @throws ProviderException when they do not fit a cursor */
    static String cursor(String usersLink, String groupsLink) {
        String cursor = PREFIX + usersLink + " " + groupsLink;
        if (cursor.length() > MAX_CURSOR) {
            throw new ProviderException(
                    Teams.TYPE,
                    "malformed-response",
                    "Microsoft Graph's delta links are together longer than " + MAX_CURSOR
                            + " characters, more than a stored cursor holds; schedule full syncs for this"
                            + " organization");
        }
        return cursor;
    }

    /** The two links of a cursor this class made, each on Graph's origin. */
    private String[] parse(String cursor) {
        String[] parts = cursor.startsWith(PREFIX) && cursor.length() <= MAX_CURSOR
                ? cursor.substring(PREFIX.length()).split(" ", -1)
                : new String[0];
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("not a group-mapping cursor");
            }
            client.checkedLink(parts[0]);
            client.checkedLink(parts[1]);
            return parts;
        } catch (ProviderException | IllegalArgumentException e) {
            throw new ProviderException(
                    Teams.TYPE,
                    GraphErrors.CURSOR_EXPIRED,
                    "the stored cursor is not a pair of delta links on the organization's Microsoft Graph host (its"
                            + " '" + Teams.BASE_URL + "' or '" + Teams.DEPARTMENT_MAPPING + "' setting changed);"
                            + " run a full sync (sync().run()), which starts the changes afresh");
        }
    }
}
