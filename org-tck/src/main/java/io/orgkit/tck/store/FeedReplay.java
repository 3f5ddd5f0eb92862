package io.orgkit.tck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.MemberId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.OrgStore;
import io.orgkit.core.store.StoredEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The state an organization's event feed describes, rebuilt by replaying it: the parent of each department,
 * whether each member is active, the members of each role, the leader and each department's managers. That is
 * what events carry today (a {@code MemberUpdated} names the member, not its fields, so fields are not replayed).
 */
record FeedReplay(
        Map<String, String> parents,
        Map<String, Boolean> active,
        Map<String, Set<String>> roles,
        String leader,
        Map<String, List<String>> managers) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 1_000;

    /** Replays the feed of {@code org} (departments created, moved; members added, resigned; roles; posts). */
    static FeedReplay of(OrgStore store, OrgId org) {
        Builder b = new Builder();
        long after = 0;
        List<StoredEvent> page;
        do {
            long from = after;
            page = store.read(s -> s.eventsAfter(from, PAGE));
            for (StoredEvent e : page) {
                if (e.orgId().equals(org)) {
                    b.apply(e.type(), tree(e.payload()), org);
                }
                after = e.sequence();
            }
        } while (page.size() == PAGE);
        return b.build();
    }

    /** The same picture read from the stored state. */
    static FeedReplay stored(OrgStore store, OrgId org) {
        return store.read(s -> {
            Map<String, String> parents = new TreeMap<>();
            Map<String, List<String>> managers = new TreeMap<>();
            for (Department d : s.departments(org)) {
                parents.put(
                        d.id().value(), d.parentId() == null ? "" : d.parentId().value());
                if (!d.managerIds().isEmpty()) {
                    managers.put(
                            d.id().value(),
                            d.managerIds().stream().map(MemberId::value).toList());
                }
            }
            Map<String, Boolean> active = new TreeMap<>();
            s.allMembers(org, true).forEach(m -> active.put(m.id().value(), m.isActive()));
            Map<String, Set<String>> roles = new TreeMap<>();
            s.roles(org).forEach(r -> {
                Set<String> ids =
                        s.roleMembers(org, r.id()).stream().map(MemberId::value).collect(Collectors.toSet());
                if (!ids.isEmpty()) {
                    roles.put(r.id().value(), ids);
                }
            });
            MemberId leader = s.organization(org).orElseThrow().leaderId();
            return new FeedReplay(parents, active, roles, leader == null ? "" : leader.value(), managers);
        });
    }

    private static JsonNode tree(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("an event's payload is not JSON", e);
        }
    }

    private static final class Builder {
        private final Map<String, String> parents = new TreeMap<>();
        private final Map<String, Boolean> active = new TreeMap<>();
        private final Map<String, Set<String>> roles = new HashMap<>();
        private final Map<String, List<String>> managers = new TreeMap<>();
        private String leader = "";

        void apply(String type, JsonNode e, OrgId org) {
            switch (type) {
                case "OrganizationCreated" ->
                    parents.put(DepartmentId.of(org.value()).value(), "");
                case "DepartmentCreated" -> parents.put(text(e, "department"), text(e, "parent"));
                case "DepartmentMoved" -> parents.put(text(e, "department"), text(e, "newParent"));
                case "DepartmentDeleted" -> parents.remove(text(e, "department"));
                case "MemberAdded", "MemberReactivated" -> active.put(text(e, "member"), true);
                case "MemberResigned" -> resigned(text(e, "member"));
                case "RoleMembersChanged" -> roleChanged(e);
                case "LeaderChanged" -> leader = text(e, "leader");
                case "DepartmentManagersChanged" -> managers.put(text(e, "department"), texts(e.get("managers")));
                default -> {}
            }
        }

        private void resigned(String member) {
            active.put(member, false);
            roles.values().forEach(ids -> ids.remove(member));
        }

        private void roleChanged(JsonNode e) {
            Set<String> ids = roles.computeIfAbsent(text(e, "role"), k -> new HashSet<>());
            ids.addAll(texts(e.get("added")));
            texts(e.get("removed")).forEach(ids::remove);
        }

        FeedReplay build() {
            Map<String, Set<String>> nonEmpty = new TreeMap<>();
            roles.forEach((r, ids) -> {
                if (!ids.isEmpty()) {
                    nonEmpty.put(r, ids);
                }
            });
            Map<String, List<String>> posts = new TreeMap<>();
            managers.forEach((d, ids) -> {
                if (!ids.isEmpty()) {
                    posts.put(d, ids);
                }
            });
            return new FeedReplay(parents, active, nonEmpty, leader, posts);
        }

        private static String text(JsonNode e, String field) {
            JsonNode v = e.get(field);
            return v == null || v.isNull() ? "" : v.asText();
        }

        private static List<String> texts(JsonNode array) {
            List<String> out = new ArrayList<>();
            Objects.requireNonNull(array, "an event's list field is missing").forEach(n -> out.add(n.asText()));
            return out;
        }
    }
}
