package io.orgkit.provider.wecom.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.provider.support.ParallelFetch;
import io.orgkit.provider.wecom.WeComConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A WeCom organization's directory. {@link #fetchAll} reads the departments ({@link DepartmentRead}), then their
 * users ({@link MemberRead}), at most {@code maxInFlight} calls at once, all sharing one QPS limiter, and maps each
 * user once ({@link WeComMembers#map}). Only when everything was read does it hand it to the visitor, in the same
 * order whatever the timing (departments breadth-first, then members in the order first listed), so a failed call
 * hands over nothing. Leaders are WeCom's {@code department_leader}, or, where WeCom sent none, the users
 * {@code is_leader_in_dept} flags; either way kept to the users read.
 */
public final class WeComDirectory implements DirectorySource {
    private final WeComClient client;

    /**
     * A directory read through {@code client}.
     *
     * @param client the organization's client; closed with this source
     */
    public WeComDirectory(WeComClient client) {
        this.client = client;
    }

    @Override
    public void fetchAll(DirectoryVisitor visitor) {
        WeComConfig config = client.config();
        List<DepartmentRead.Read> departments;
        List<JsonNode> users;
        try (ParallelFetch parallel = new ParallelFetch(config.http().maxInFlight(), "wecom-fetch")) {
            departments = new DepartmentRead(client, parallel).read(config.departmentListing());
            List<String> ids =
                    departments.stream().map(r -> r.department().externalId()).toList();
            users = new MemberRead(client, parallel).read(config.memberListing(), ids);
        }
        Set<String> visible =
                departments.stream().map(r -> r.department().externalId()).collect(Collectors.toSet());
        Map<String, WeComMembers.Mapped> members = new LinkedHashMap<>();
        for (JsonNode u : users) {
            WeComMembers.map(u, visible::contains, config.employeeIdAttribute())
                    .ifPresent(m -> members.putIfAbsent(m.member().externalId(), m));
        }
        Map<String, List<String>> flagged = new LinkedHashMap<>();
        members.values()
                .forEach(m -> m.leaderIn()
                        .forEach(d -> flagged.computeIfAbsent(d, k -> new ArrayList<>())
                                .add(m.member().externalId())));
        for (DepartmentRead.Read r : departments) {
            RemoteDepartment d = r.department();
            List<String> leaders =
                    r.leadersSent() ? d.managerExternalIds() : flagged.getOrDefault(d.externalId(), List.of());
            visitor.department(new RemoteDepartment(
                    d.externalId(),
                    d.parentExternalId(),
                    d.name(),
                    d.order(),
                    leaders.stream().filter(members::containsKey).distinct().toList()));
        }
        members.values().forEach(m -> visitor.member(m.member()));
    }

    /** Checks the CorpID, the Secret, the trusted IP and the visible range: gettoken, department/simplelist. */
    void verify() {
        client.checkCredentials();
        client.get(WeComApi.DEPARTMENT_SIMPLELIST, Map.of("id", DepartmentRead.ROOT));
    }

    /** {@code user/get}: empty when WeCom no longer has the user (60111) or the user left (status 5). */
    @Override
    public Optional<RemoteMember> member(String externalId) {
        if (externalId.isEmpty() || externalId.length() > 64) {
            return Optional.empty();
        }
        try (ParallelFetch none = new ParallelFetch(1, "wecom-read")) {
            return new MemberRead(client, none)
                    .userGet(externalId)
                    .flatMap(u -> WeComMembers.map(u, d -> true, client.config().employeeIdAttribute()))
                    .map(WeComMembers.Mapped::member);
        }
    }

    /** {@code department/get}: empty when WeCom no longer has the department (60123 / 60003). */
    @Override
    public Optional<RemoteDepartment> department(String externalId) {
        if (!externalId.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        JsonNode d;
        try {
            d = client.get(WeComApi.DEPARTMENT_GET, Map.of("id", externalId)).path("department");
        } catch (ProviderException e) {
            if ("60123".equals(e.code()) || "60003".equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(DepartmentRead.department(d).department());
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
