package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.spi.RemoteMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Gathers users as they are listed department by department, so that a user in several departments becomes one
 * member. Its departments are DingTalk's {@code dept_id_list} in DingTalk's order, kept to the departments that
 * were read (the app's visible scope), plus any department it was listed in that the list lacks. Its main
 * department is the first of them: DingTalk's topapi names no main department, and lists first the department
 * the user belongs to first. It also notes who {@code user/list} flags {@code leader} in each department (the
 * managers under {@link io.orgkit.provider.dingtalk.DepartmentDetail#LISTSUB}). Not thread-safe: fed in
 * department order by one thread. DingTalk's {@code active} says whether the person has activated DingTalk
 * (signed in once), not whether the account is disabled: a listed user is a member either way.
 */
final class MemberCollector {
    private final Set<String> departmentIds;
    private final Map<String, Entry> users = new LinkedHashMap<>();
    private final Map<String, List<String>> leaders = new LinkedHashMap<>();

    private static final class Entry {
        final JsonNode user;
        final Set<String> listedIn = new LinkedHashSet<>();

        Entry(JsonNode user) {
            this.user = user;
        }
    }

    MemberCollector(Set<String> departmentIds) {
        this.departmentIds = departmentIds;
    }

    void listed(String departmentId, JsonNode user) {
        String userid = user.path("userid").asText();
        users.computeIfAbsent(userid, id -> new Entry(user)).listedIn.add(departmentId);
        if (user.path("leader").asBoolean(false)) {
            leaders.computeIfAbsent(departmentId, d -> new ArrayList<>()).add(userid);
        }
    }

    /** The users {@code user/list} flagged {@code leader} in {@code departmentId}, in the order they were listed. */
    List<String> leadersOf(String departmentId) {
        return leaders.getOrDefault(departmentId, List.of());
    }

    Set<String> userIds() {
        return users.keySet();
    }

    List<RemoteMember> members() {
        List<RemoteMember> out = new ArrayList<>(users.size());
        users.forEach((id, entry) -> out.add(member(id, entry)));
        return out;
    }

    private RemoteMember member(String id, Entry entry) {
        Set<String> depts = new LinkedHashSet<>();
        entry.user.path("dept_id_list").forEach(d -> {
            if (departmentIds.contains(d.asText())) {
                depts.add(d.asText());
            }
        });
        depts.addAll(entry.listedIn);
        List<String> all = List.copyOf(depts);
        JsonNode u = entry.user;
        return new RemoteMember(
                id,
                u.path("name").asText(id),
                text(u, "job_number"),
                text(u, "mobile"),
                text(u, "email"),
                text(u, "title"),
                all,
                all.get(0),
                true,
                DingTalkAccounts.of(u),
                Set.of());
    }

    private static @Nullable String text(JsonNode node, String field) {
        String v = node.path(field).asText("");
        return v.isBlank() ? null : v;
    }
}
