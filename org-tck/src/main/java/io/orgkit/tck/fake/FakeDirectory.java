package io.orgkit.tck.fake;

import io.orgkit.core.ProviderException;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.ChangePage;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.spi.Secret;
import io.orgkit.tck.provider.RemoteDirectoryControl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The remote directory of the fake platform, in memory: tests change it directly, inject failures and count the
 * calls the {@link FakeProvider} makes. Thread-safe. Department ids are numbers given in order, the root is
 * {@code "1"}; member ids are chosen by the caller.
 */
public final class FakeDirectory implements RemoteDirectoryControl {
    /** The id of the root department. */
    public static final String ROOT = "1";

    private final String tenant;
    private final String apiKey;
    private final Map<String, RemoteDepartment> departments = new LinkedHashMap<>();
    private final Map<String, RemoteMember> members = new LinkedHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private long nextId = 2;
    /** Every change since the last reset, oldest first; the n-th has version logStart + n. */
    private final List<RemoteChange> log = new ArrayList<>();

    private long logStart;
    private long failFrom;
    private boolean empty;

    /**
     * An empty directory (the root department only) that accepts the given credentials.
     *
     * @param tenant the tenant the provider's settings must name
     * @param apiKey the key the provider's secret must be
     * @throws NullPointerException when an argument is null
     */
    public FakeDirectory(String tenant, String apiKey) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        reset();
    }

    /** A fake organization of this directory (its tenant and API key) to create with {@code OrganizationService}. */
    public NewOrganization organization(String name) {
        return NewOrganization.synced(
                FakeProvider.TYPE,
                name,
                Map.of(FakeProvider.TENANT, tenant),
                Map.of(FakeProvider.API_KEY, Secret.of(apiKey)));
    }

    @Override
    public synchronized void reset() {
        departments.clear();
        members.clear();
        departments.put(ROOT, new RemoteDepartment(ROOT, null, "Fake Corp", 0, List.of()));
        logStart += log.size() + 1;
        log.clear();
        failFrom = 0;
        empty = false;
    }

    @Override
    public String rootDepartmentId() {
        return ROOT;
    }

    @Override
    public synchronized String addDepartment(String parentId, String name) {
        requireDepartment(parentId);
        String id = String.valueOf(nextId++);
        departments.put(id, new RemoteDepartment(id, parentId, name, departments.size(), List.of()));
        departmentChanged(id);
        return id;
    }

    @Override
    public synchronized void renameDepartment(String departmentId, String name) {
        RemoteDepartment d = requireDepartment(departmentId);
        departments.put(
                departmentId,
                new RemoteDepartment(d.externalId(), d.parentExternalId(), name, d.order(), d.managerExternalIds()));
        departmentChanged(departmentId);
    }

    @Override
    public synchronized void moveDepartment(String departmentId, String newParentId) {
        RemoteDepartment d = requireDepartment(departmentId);
        requireDepartment(newParentId);
        departments.put(
                departmentId,
                new RemoteDepartment(d.externalId(), newParentId, d.name(), d.order(), d.managerExternalIds()));
        departmentChanged(departmentId);
    }

    @Override
    public synchronized void deleteDepartment(String departmentId) {
        requireDepartment(departmentId);
        boolean used = departments.values().stream().anyMatch(d -> departmentId.equals(d.parentExternalId()))
                || members.values().stream()
                        .anyMatch(m -> m.departmentExternalIds().contains(departmentId));
        if (used) {
            throw new IllegalStateException(
                    "fake department " + departmentId + " still has sub-departments or members");
        }
        departments.remove(departmentId);
        log.add(new RemoteChange.DepartmentRemoved(departmentId, nextVersion()));
    }

    @Override
    public synchronized void setManagers(String departmentId, List<String> memberIds) {
        RemoteDepartment d = requireDepartment(departmentId);
        departments.put(
                departmentId,
                new RemoteDepartment(d.externalId(), d.parentExternalId(), d.name(), d.order(), memberIds));
        departmentChanged(departmentId);
    }

    @Override
    public synchronized void addMember(RemoteMember member) {
        if (members.containsKey(member.externalId())) {
            throw new IllegalStateException("fake member " + member.externalId() + " exists already");
        }
        member.departmentExternalIds().forEach(this::requireDepartment);
        members.put(member.externalId(), withActive(member, true));
        memberChanged(member.externalId());
    }

    @Override
    public synchronized void updateMember(RemoteMember member) {
        RemoteMember old = requireMember(member.externalId());
        member.departmentExternalIds().forEach(this::requireDepartment);
        members.put(member.externalId(), withActive(member, old.active()));
        memberChanged(member.externalId());
    }

    /** Deletes the member; like platforms do, it also stops managing departments. */
    @Override
    public synchronized void removeMember(String memberId) {
        requireMember(memberId);
        members.remove(memberId);
        log.add(new RemoteChange.MemberRemoved(memberId, nextVersion()));
        for (RemoteDepartment d : List.copyOf(departments.values())) {
            if (d.managerExternalIds().contains(memberId)) {
                departments.put(
                        d.externalId(),
                        new RemoteDepartment(
                                d.externalId(),
                                d.parentExternalId(),
                                d.name(),
                                d.order(),
                                d.managerExternalIds().stream()
                                        .filter(m -> !m.equals(memberId))
                                        .toList()));
                departmentChanged(d.externalId());
            }
        }
    }

    /** Disables a member: the platform still lists it, as inactive. */
    public synchronized void deactivateMember(String memberId) {
        members.put(memberId, withActive(requireMember(memberId), false));
        memberChanged(memberId);
    }

    private long nextVersion() {
        return logStart + log.size() + 1;
    }

    private void departmentChanged(String id) {
        log.add(new RemoteChange.DepartmentUpserted(Objects.requireNonNull(departments.get(id)), nextVersion()));
    }

    private void memberChanged(String id) {
        log.add(new RemoteChange.MemberUpserted(Objects.requireNonNull(members.get(id)), nextVersion()));
    }

    /**
     * The delta feed: changes after {@code cursor} (a version), at most {@code limit}; a null cursor gives the
     * current position. A cursor from before the last reset is refused as expired.
     */
    synchronized ChangePage changesSince(@Nullable String cursor, int limit) {
        long now = logStart + log.size();
        if (cursor == null) {
            return new ChangePage(List.of(), Long.toString(now), false);
        }
        long after = Long.parseLong(cursor);
        if (after < logStart || after > now) {
            throw new ProviderException(
                    FakeProvider.TYPE,
                    "cursor-expired",
                    "the fake platform no longer knows" + " change cursor " + cursor + "; run a full sync");
        }
        int from = (int) (after - logStart);
        int to = Math.min(log.size(), from + limit);
        return new ChangePage(log.subList(from, to), Long.toString(logStart + to), to < log.size());
    }

    /** One member as the platform has it now. */
    synchronized java.util.Optional<RemoteMember> member(String id) {
        return java.util.Optional.ofNullable(empty ? null : members.get(id));
    }

    /** One department as the platform has it now. */
    synchronized java.util.Optional<RemoteDepartment> department(String id) {
        return java.util.Optional.ofNullable(departments.get(id));
    }

    @Override
    public synchronized void failFetchAtCall(int n) {
        failFrom = n <= 0 ? 0 : calls.get() + n;
    }

    @Override
    public synchronized void answerEmpty(boolean value) {
        this.empty = value;
    }

    /** Platform calls answered (or failed) so far. */
    public long apiCalls() {
        return calls.get();
    }

    /** One platform call: counted, checked against the key, failed when a failure is injected. */
    synchronized void call(String what, String key) {
        long n = calls.incrementAndGet();
        if (failFrom > 0 && n >= failFrom) {
            throw new ProviderException(
                    FakeProvider.TYPE,
                    "500",
                    "the fake platform failed call " + n + " (" + what + "); try again later");
        }
        if (!apiKey.equals(key)) {
            throw new ProviderException(
                    FakeProvider.TYPE,
                    "401",
                    "the fake platform refused the API key of tenant '" + tenant + "'; check the apiKey setting");
        }
    }

    boolean tenantIs(String value) {
        return tenant.equals(value);
    }

    /** What the platform answers now: departments, and each department's members (indexed once). */
    synchronized Snapshot snapshot() {
        if (empty) {
            return new Snapshot(List.of(departments.get(ROOT)), Map.of());
        }
        Map<String, List<RemoteMember>> byDepartment = new java.util.HashMap<>();
        for (RemoteMember m : members.values()) {
            m.departmentExternalIds()
                    .forEach(d -> byDepartment
                            .computeIfAbsent(d, k -> new ArrayList<>())
                            .add(m));
        }
        return new Snapshot(new ArrayList<>(departments.values()), byDepartment);
    }

    /** The directory as one fetch sees it. */
    record Snapshot(List<RemoteDepartment> departments, Map<String, List<RemoteMember>> membersByDepartment) {
        List<RemoteMember> members(String departmentId) {
            return membersByDepartment.getOrDefault(departmentId, List.of());
        }
    }

    private RemoteDepartment requireDepartment(String id) {
        RemoteDepartment d = departments.get(id);
        if (d == null) {
            throw new IllegalArgumentException("no fake department " + id);
        }
        return d;
    }

    private RemoteMember requireMember(String id) {
        RemoteMember m = members.get(id);
        if (m == null) {
            throw new IllegalArgumentException("no fake member " + id);
        }
        return m;
    }

    private static RemoteMember withActive(RemoteMember m, boolean active) {
        return new RemoteMember(
                m.externalId(),
                m.name(),
                m.employeeId(),
                m.phone(),
                m.email(),
                m.position(),
                m.departmentExternalIds(),
                m.mainDepartmentExternalId(),
                active);
    }

    @Override
    public String toString() {
        return "FakeDirectory[tenant=" + tenant + "]";
    }
}
