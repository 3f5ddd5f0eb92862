package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.sync.SyncScope;
import io.orgkit.provider.dingtalk.DepartmentDetail;
import io.orgkit.provider.support.ParallelFetch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the department tree level by level from the root (id 1), the departments of one level in parallel.
 * {@link DepartmentDetail#FULL}: {@code department/get} and {@code department/listsubid} per department (2D calls).
 * {@link DepartmentDetail#LISTSUB}: {@code department/listsub} per department, which names the children, plus one
 * {@code department/get} for the root (D + 1 calls); no managers (they come from the users' leader flags) and the
 * sibling order is the listing position. Either way the result is in breadth-first order, parents before
 * children, the same whatever the timing.
 */
final class DepartmentWalk {
    static final long ROOT = 1;

    private final DingTalkClient client;
    private final ParallelFetch parallel;
    private final DepartmentDetail detail;

    /** A department to read; {@code known} when its parent's listsub already described it. */
    private record Pending(
            long id, @Nullable String parent, @Nullable RemoteDepartment known) {}

    private record Read(RemoteDepartment self, List<Pending> children) {}

    DepartmentWalk(DingTalkClient client, ParallelFetch parallel, DepartmentDetail detail) {
        this.client = client;
        this.parallel = parallel;
        this.detail = detail;
    }

    List<RemoteDepartment> walk() {
        RemoteDepartment root = detail == DepartmentDetail.LISTSUB ? withoutManagers(detail(ROOT, null)) : null;
        return walkFrom(List.of(new Pending(ROOT, null, root)), Set.of());
    }

    /**
     * Reads only what {@code scope} takes: the root department alone (one {@code department/get}; its sub-departments
     * only when the root is in scope), then each included department's subtree, level by level, never reading an
     * excluded department or anything below it. An included department DingTalk does not have (60003, or an id that
     * is not a number) is left out; core names it. Each included department's parent is DingTalk's
     * {@code parent_id}.
     */
    List<RemoteDepartment> walk(SyncScope scope) {
        boolean rootIn = scope.included().isEmpty() || scope.included().contains(Long.toString(ROOT));
        Set<Long> excluded = new HashSet<>();
        scope.excluded().forEach(id -> parse(id).ifPresent(excluded::add));
        List<Pending> starts = new ArrayList<>();
        if (rootIn) {
            RemoteDepartment root = detail == DepartmentDetail.LISTSUB ? withoutManagers(detail(ROOT, null)) : null;
            starts.add(new Pending(ROOT, null, root));
        }
        List<Long> included = new ArrayList<>();
        scope.included().forEach(id -> parse(id).filter(n -> n != ROOT).ifPresent(included::add));
        List<RemoteDepartment> out = new ArrayList<>();
        if (!rootIn) {
            RemoteDepartment root = detail(ROOT, null);
            out.add(detail == DepartmentDetail.LISTSUB ? withoutManagers(root) : root);
        }
        for (Optional<RemoteDepartment> top : parallel.map(included, this::existing)) {
            top.ifPresent(d -> starts.add(new Pending(Long.parseLong(d.externalId()), d.parentExternalId(), d)));
        }
        out.addAll(walkFrom(starts, excluded));
        return parentsFirst(out);
    }

    /**
     * The same departments breadth-first from those whose parent was not read, so that a parent always comes before
     * its children, also when an included department lies inside another included subtree.
     */
    static List<RemoteDepartment> parentsFirst(List<RemoteDepartment> read) {
        Map<String, List<RemoteDepartment>> children = new java.util.HashMap<>();
        Set<String> ids = new HashSet<>();
        read.forEach(d -> ids.add(d.externalId()));
        List<RemoteDepartment> order = new ArrayList<>();
        for (RemoteDepartment d : read) {
            if (d.parentExternalId() == null || !ids.contains(d.parentExternalId())) {
                order.add(d);
            } else {
                children.computeIfAbsent(d.parentExternalId(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        for (int i = 0; i < order.size(); i++) {
            order.addAll(children.getOrDefault(order.get(i).externalId(), List.of()));
        }
        return order;
    }

    private List<RemoteDepartment> walkFrom(List<Pending> starts, Set<Long> excluded) {
        List<RemoteDepartment> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(ROOT));
        starts.forEach(p -> seen.add(p.id()));
        List<Pending> level = starts;
        while (!level.isEmpty()) {
            List<Pending> next = new ArrayList<>();
            for (Read read : parallel.map(level, this::read)) {
                out.add(read.self());
                read.children().stream()
                        .filter(c -> !excluded.contains(c.id()) && seen.add(c.id()))
                        .forEach(next::add);
            }
            level = next;
        }
        return out;
    }

    /** An included department as DingTalk has it now (with its parent), or empty when DingTalk has none (60003). */
    private Optional<RemoteDepartment> existing(long id) {
        try {
            RemoteDepartment d = detail(id, null);
            return Optional.of(detail == DepartmentDetail.LISTSUB ? withoutManagers(d) : d);
        } catch (ProviderException e) {
            if ("60003".equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Read read(Pending p) {
        if (p.known() != null && detail == DepartmentDetail.FULL && p.parent() != null) {
            // an included department read already by department/get: only its sub-departments are missing
            String parent = Long.toString(p.id());
            return new Read(
                    p.known(),
                    children(p.id()).stream()
                            .map(id -> new Pending(id, parent, null))
                            .toList());
        }
        if (p.known() != null) {
            return new Read(p.known(), listSub(p.id()));
        }
        RemoteDepartment self = detail(p.id(), p.parent());
        String parent = Long.toString(p.id());
        return new Read(
                self,
                children(p.id()).stream()
                        .map(id -> new Pending(id, parent, null))
                        .toList());
    }

    /** The ids of the direct sub-departments of {@code parent}. */
    private List<Long> children(long parent) {
        JsonNode answer = client.call(DingTalkApi.DEPARTMENT_LIST_SUB_ID, Map.of("dept_id", parent));
        List<Long> ids = new ArrayList<>();
        answer.path("result").path("dept_id_list").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private List<Pending> listSub(long parent) {
        JsonNode answer = client.call(DingTalkApi.DEPARTMENT_LIST_SUB, Map.of("dept_id", parent, "language", "zh_CN"));
        List<Pending> out = new ArrayList<>();
        String parentId = Long.toString(parent);
        for (JsonNode d : answer.path("result")) {
            long id = d.path("dept_id").asLong();
            out.add(new Pending(
                    id,
                    parentId,
                    new RemoteDepartment(
                            Long.toString(id),
                            parentId,
                            d.path("name").asText(Long.toString(id)),
                            out.size(),
                            List.of())));
        }
        return out;
    }

    private RemoteDepartment detail(long id, @Nullable String parent) {
        JsonNode d = client.call(DingTalkApi.DEPARTMENT_GET, Map.of("dept_id", id, "language", "zh_CN"))
                .path("result");
        List<String> managers = new ArrayList<>();
        d.path("dept_manager_userid_list").forEach(m -> managers.add(m.asText()));
        String parentId = parent != null || id == ROOT || !d.hasNonNull("parent_id")
                ? parent
                : d.path("parent_id").asText();
        return new RemoteDepartment(
                Long.toString(id),
                parentId,
                d.path("name").asText(Long.toString(id)),
                d.path("order").asLong(0),
                managers);
    }

    private static RemoteDepartment withoutManagers(RemoteDepartment d) {
        return new RemoteDepartment(d.externalId(), d.parentExternalId(), d.name(), d.order(), List.of());
    }
}
