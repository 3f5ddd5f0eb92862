package io.orgkit.provider.wecom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.provider.support.ParallelFetch;
import io.orgkit.provider.wecom.Listing;
import io.orgkit.provider.wecom.WeCom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the users of the departments read. {@link Listing#LIST}: {@code user/list?department_id} per department
 * (its direct users, every field; WeCom does not page it), different departments in parallel. {@link Listing#IDS}:
 * {@code user/list_id} pages (cursor, {@value #LIST_ID_LIMIT} user-department pairs a page, in order) for the
 * userids, then {@code user/get} per user in parallel. {@link Listing#AUTO}: LIST, switching to IDS when WeCom
 * refuses {@code user/list} with 48009. The users come back in the order they were first listed, each once.
 */
final class MemberRead {
    /** The most user-department pairs one {@code user/list_id} page may carry (WeCom: 1..10000). */
    static final int LIST_ID_LIMIT = 10_000;
    /** The most {@code user/list_id} pages one fetch follows (10 million pairs). */
    static final int MAX_PAGES = 1_000;

    private final WeComClient client;
    private final ParallelFetch parallel;
    private final int pageLimit;

    MemberRead(WeComClient client, ParallelFetch parallel) {
        this(client, parallel, LIST_ID_LIMIT);
    }

    /** With a smaller {@code user/list_id} page (tests). */
    MemberRead(WeComClient client, ParallelFetch parallel, int pageLimit) {
        this.client = client;
        this.parallel = parallel;
        this.pageLimit = pageLimit;
    }

    /** The users, each once, in the order first listed. */
    List<JsonNode> read(Listing listing, List<String> departmentIds) {
        if (listing == Listing.IDS || departmentIds.isEmpty()) {
            return listing == Listing.IDS ? byIds(Set.copyOf(departmentIds)) : List.of();
        }
        List<List<JsonNode>> first;
        try {
            first = List.of(userList(departmentIds.get(0)));
        } catch (ProviderException e) {
            if (listing != Listing.AUTO || !WeComErrors.CONTACT_ASSISTANT_FORBIDDEN.equals(e.code())) {
                throw e;
            }
            return byIds(Set.copyOf(departmentIds));
        }
        List<List<JsonNode>> rest = parallel.map(departmentIds.subList(1, departmentIds.size()), this::userList);
        Map<String, JsonNode> users = new java.util.LinkedHashMap<>();
        for (List<List<JsonNode>> part : List.of(first, rest)) {
            for (List<JsonNode> listed : part) {
                listed.forEach(u -> users.putIfAbsent(u.path("userid").asText(), u));
            }
        }
        return new ArrayList<>(users.values());
    }

    private List<JsonNode> userList(String departmentId) {
        List<JsonNode> out = new ArrayList<>();
        client.get(WeComApi.USER_LIST, Map.of("department_id", departmentId))
                .path("userlist")
                .forEach(out::add);
        return out;
    }

    private List<JsonNode> byIds(Set<String> departments) {
        Set<String> ids = new LinkedHashSet<>();
        String cursor = "";
        for (int page = 0; ; page++) {
            if (page >= MAX_PAGES) {
                throw new ProviderException(
                        WeCom.TYPE,
                        "bad-cursor",
                        "WeCom's user/list_id did not end after " + MAX_PAGES + " pages; nothing was applied");
            }
            Map<String, Object> body = new HashMap<>();
            body.put("limit", pageLimit);
            if (!cursor.isEmpty()) {
                body.put("cursor", cursor);
            }
            JsonNode answer = client.post(WeComApi.USER_LIST_ID, body);
            for (JsonNode pair : answer.path("dept_user")) {
                if (departments.contains(pair.path("department").asText())) {
                    ids.add(pair.path("userid").asText());
                }
            }
            String next = answer.path("next_cursor").asText("");
            if (next.isEmpty()) {
                break;
            }
            if (next.equals(cursor) || next.length() > 512) {
                throw new ProviderException(
                        WeCom.TYPE,
                        "bad-cursor",
                        "WeCom's user/list_id answered a cursor that does not advance; nothing was applied, sync"
                                + " again later");
            }
            cursor = next;
        }
        List<Optional<JsonNode>> users = parallel.map(List.copyOf(ids), this::userGet);
        List<JsonNode> out = new ArrayList<>(users.size());
        users.forEach(u -> u.ifPresent(out::add));
        return out;
    }

    /** {@code user/get}; empty when WeCom no longer has the user (60111). */
    Optional<JsonNode> userGet(String userid) {
        try {
            return Optional.of(client.get(WeComApi.USER_GET, Map.of("userid", userid)));
        } catch (ProviderException e) {
            if ("60111".equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
