package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one user ({@code topapi/v2/user/get}) or one department ({@code topapi/v2/department/get}) as it is now;
 * DingTalk's "no such user" (60121) and "no such department" (60003) mean it is gone.
 */
final class DingTalkReader {
    private final DingTalkClient client;

    DingTalkReader(DingTalkClient client) {
        this.client = client;
    }

    Optional<RemoteMember> member(String userId) {
        JsonNode u;
        try {
            u = client.call(DingTalkApi.USER_GET, Map.of("userid", userId, "language", "zh_CN"))
                    .path("result");
        } catch (ProviderException e) {
            if ("60121".equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
        Set<String> depts = new LinkedHashSet<>();
        u.path("dept_id_list").forEach(d -> depts.add(d.asText()));
        if (depts.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = List.copyOf(depts);
        return Optional.of(new RemoteMember(
                userId,
                u.path("name").asText(userId),
                text(u, "job_number"),
                text(u, "mobile"),
                text(u, "email"),
                text(u, "title"),
                all,
                all.get(0),
                true,
                DingTalkAccounts.of(u),
                Set.of()));
    }

    Optional<RemoteDepartment> department(String deptId) {
        long id;
        try {
            id = Long.parseLong(deptId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        JsonNode d;
        try {
            d = client.call(DingTalkApi.DEPARTMENT_GET, Map.of("dept_id", id, "language", "zh_CN"))
                    .path("result");
        } catch (ProviderException e) {
            if ("60003".equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
        List<String> managers = new ArrayList<>();
        d.path("dept_manager_userid_list").forEach(m -> managers.add(m.asText()));
        String parent = d.hasNonNull("parent_id") && id != DepartmentWalk.ROOT
                ? d.path("parent_id").asText()
                : null;
        return Optional.of(new RemoteDepartment(
                deptId, parent, d.path("name").asText(deptId), d.path("order").asLong(0), managers));
    }

    private static @Nullable String text(JsonNode node, String field) {
        String v = node.path(field).asText("");
        return v.isBlank() ? null : v;
    }
}
