package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.provider.dingtalk.DepartmentDetail;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.provider.support.ParallelFetch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A DingTalk organization's directory. {@link #fetchAll} reads every department ({@link DepartmentWalk}: a tree
 * level's departments in parallel), then the users of the departments with {@code user/list} pages of 100
 * ({@code max(1, ceil(n/100))} calls for a department with n direct users), different departments in parallel,
 * the pages of one department in order, at most {@code maxInFlight} calls at once and all of them sharing one
 * QPS limiter. Only when everything was read does it hand it to the visitor, in the same order whatever the
 * timing (departments breadth-first, parents before children; then members in the order they were first listed),
 * so a failure of any call hands over nothing. Managers are kept to users that were read.
 */
public final class DingTalkDirectory implements DirectorySource {
    static final int PAGE_SIZE = 100;

    private final DingTalkClient client;

    public DingTalkDirectory(DingTalkClient client) {
        this.client = client;
    }

    @Override
    public void fetchAll(DirectoryVisitor visitor) {
        fetch(visitor, null);
    }

    /**
     * Reads only what {@code scope} takes ({@link DepartmentWalk#walk(SyncScope)}): the root department, the included
     * subtrees without the excluded ones, and the users of those departments ({@code user/list} of the root only when
     * the root is in scope). A scope of a tenth of the tree costs about a tenth of the calls.
     */
    @Override
    public void fetchAll(DirectoryVisitor visitor, SyncScope scope) {
        fetch(visitor, scope.isAll() ? null : scope);
    }

    private void fetch(DirectoryVisitor visitor, @Nullable SyncScope scope) {
        DepartmentDetail detail = client.config().departmentDetail();
        List<RemoteDepartment> departments;
        MemberCollector members;
        try (ParallelFetch parallel = new ParallelFetch(client.config().http().maxInFlight(), "dingtalk-fetch")) {
            DepartmentWalk walk = new DepartmentWalk(client, parallel, detail);
            departments = scope == null ? walk.walk() : walk.walk(scope);
            members = new MemberCollector(
                    departments.stream().map(RemoteDepartment::externalId).collect(Collectors.toSet()));
            String root = Long.toString(DepartmentWalk.ROOT);
            boolean rootUsers = scope == null
                    || scope.included().isEmpty()
                    || scope.included().contains(root);
            List<RemoteDepartment> withUsers = departments.stream()
                    .filter(d -> rootUsers || !d.externalId().equals(root))
                    .toList();
            List<List<JsonNode>> listed = parallel.map(withUsers, d -> readUsers(Long.parseLong(d.externalId())));
            for (int i = 0; i < withUsers.size(); i++) {
                String id = withUsers.get(i).externalId();
                listed.get(i).forEach(u -> members.listed(id, u));
            }
        }
        Set<String> userIds = members.userIds();
        for (RemoteDepartment d : departments) {
            List<String> managers =
                    detail == DepartmentDetail.LISTSUB ? members.leadersOf(d.externalId()) : d.managerExternalIds();
            visitor.department(new RemoteDepartment(
                    d.externalId(),
                    d.parentExternalId(),
                    d.name(),
                    d.order(),
                    managers.stream().filter(userIds::contains).toList()));
        }
        members.members().forEach(visitor::member);
    }

    private List<JsonNode> readUsers(long deptId) {
        List<JsonNode> users = new ArrayList<>();
        long cursor = 0;
        while (true) {
            JsonNode result = client.call(DingTalkApi.USER_LIST, page(deptId, cursor, PAGE_SIZE))
                    .path("result");
            result.path("list").forEach(users::add);
            if (!result.path("has_more").asBoolean(false)) {
                return users;
            }
            long next = result.path("next_cursor").asLong(-1);
            if (next <= cursor) {
                throw new ProviderException(
                        DingTalk.TYPE,
                        "bad-cursor",
                        "DingTalk's user/list for department "
                                + deptId + " said has_more without a next_cursor past " + cursor
                                + "; nothing was applied,"
                                + " sync again later");
            }
            cursor = next;
        }
    }

    static Map<String, Object> page(long deptId, long cursor, int size) {
        Map<String, Object> body = new HashMap<>();
        body.put("dept_id", deptId);
        body.put("cursor", cursor);
        body.put("size", size);
        body.put("order_field", "custom");
        body.put("contain_access_limit", false);
        body.put("language", "zh_CN");
        return body;
    }

    /** Checks the credentials and both read permissions with the cheapest calls: token, listsubid(1), one user. */
    void verify() {
        client.checkCredentials();
        client.call(DingTalkApi.DEPARTMENT_LIST_SUB_ID, Map.of("dept_id", DepartmentWalk.ROOT));
        client.call(DingTalkApi.USER_LIST, page(DepartmentWalk.ROOT, 0, 1));
    }

    @Override
    public java.util.Optional<RemoteMember> member(String externalId) {
        return new DingTalkReader(client).member(externalId);
    }

    @Override
    public java.util.Optional<RemoteDepartment> department(String externalId) {
        return new DingTalkReader(client).department(externalId);
    }

    @Override
    public long apiCalls() {
        return client.apiCalls();
    }

    @Override
    public void close() {
        client.close();
    }
}
