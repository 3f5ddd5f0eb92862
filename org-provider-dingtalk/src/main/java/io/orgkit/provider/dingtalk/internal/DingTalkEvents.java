package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.spi.CallbackMessage;
import io.orgkit.core.spi.RemoteChange;
import java.util.ArrayList;
import java.util.List;

/**
 * DingTalk's contact events: {@code user_add_org} / {@code user_modify_org} name users to re-read,
 * {@code user_leave_org} users who left; {@code org_dept_create} / {@code org_dept_modify} departments to re-read,
 * {@code org_dept_remove} departments deleted. The event's {@code TimeStamp} (milliseconds) orders the changes.
 * Other events ({@code check_url} included) change nothing and are answered with success.
 */
final class DingTalkEvents {
    private DingTalkEvents() {}

    static CallbackMessage read(JsonNode event, String signature, CallbackResponse reply) {
        String type = event.path("EventType").asText("");
        long version = event.path("TimeStamp").asLong(0);
        List<String> users = ids(event.path("UserId"));
        List<String> departments = ids(event.path("DeptId"));
        List<RemoteChange> changes = new ArrayList<>();
        List<String> rereadUsers = List.of();
        List<String> rereadDepartments = List.of();
        switch (type) {
            case "user_add_org", "user_modify_org" -> rereadUsers = users;
            case "user_leave_org" -> users.forEach(u -> changes.add(new RemoteChange.MemberRemoved(u, version)));
            case "org_dept_create", "org_dept_modify" -> rereadDepartments = departments;
            case "org_dept_remove" ->
                departments.forEach(d -> changes.add(new RemoteChange.DepartmentRemoved(d, version)));
            default -> {
                // check_url and events this library does not follow
            }
        }
        return new CallbackMessage(
                signature,
                type.length() > 50 ? type.substring(0, 50) : type,
                changes,
                rereadUsers,
                rereadDepartments,
                version,
                reply);
    }

    private static List<String> ids(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> {
            if (out.size() < CallbackMessage.MAX_ITEMS / 2
                    && !n.asText("").isEmpty()
                    && n.asText().length() <= 64) {
                out.add(n.asText());
            }
        });
        return out;
    }
}
