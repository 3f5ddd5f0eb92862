package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.spi.RemoteDepartment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the department tree breadth-first from the root (id 1): {@code department/listsubid} for the children
 * of each department and {@code department/get} for each department's name, order and managers. That is
 * exactly 2 calls per department (D departments: 2D calls), parents always before their children.
 */
final class DepartmentWalk {
    static final long ROOT = 1;

    private final DingTalkClient client;

    DepartmentWalk(DingTalkClient client) {
        this.client = client;
    }

    List<RemoteDepartment> walk() {
        List<RemoteDepartment> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>();
        out.add(detail(ROOT, null));
        seen.add(ROOT);
        queue.add(ROOT);
        while (!queue.isEmpty()) {
            long parent = queue.poll();
            for (long child : children(parent)) {
                if (seen.add(child)) {
                    out.add(detail(child, Long.toString(parent)));
                    queue.add(child);
                }
            }
        }
        return out;
    }

    /** The ids of the direct sub-departments of {@code parent}. */
    List<Long> children(long parent) {
        JsonNode answer = client.call(DingTalkApi.DEPARTMENT_LIST_SUB_ID, Map.of("dept_id", parent));
        List<Long> ids = new ArrayList<>();
        answer.path("result").path("dept_id_list").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private RemoteDepartment detail(long id, @Nullable String parent) {
        JsonNode d = client.call(DingTalkApi.DEPARTMENT_GET, Map.of("dept_id", id, "language", "zh_CN")).path("result");
        List<String> managers = new ArrayList<>();
        d.path("dept_manager_userid_list").forEach(m -> managers.add(m.asText()));
        return new RemoteDepartment(Long.toString(id), parent, d.path("name").asText(Long.toString(id)),
                d.path("order").asLong(0), managers);
    }
}
