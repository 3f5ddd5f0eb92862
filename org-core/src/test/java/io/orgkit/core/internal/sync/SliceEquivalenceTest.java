package io.orgkit.core.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ProviderException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.internal.members.MemberRules;
import io.orgkit.core.internal.members.PhoneNumbers;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.spi.CredentialField;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.sync.SyncChange;
import io.orgkit.core.sync.SyncOptions;
import io.orgkit.core.sync.SyncScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A change round plans over the slice of the organization its changes touch ({@link LocalSlice}); over the whole
 * organization the same planner must come to the same plan: the same change lines, the same writes of existing
 * members and departments, the same guard verdict, and no per-item failure the whole picture would not report.
 * Random directories, sync scopes and batches of member and department changes (unknown departments, clashing
 * emails, disabled members, moves, removals, managers).
 */
class SliceEquivalenceTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final MemberRules RULES = new MemberRules(new PhoneNumbers(PhoneNumbers.DEFAULT_REGION));

    @Property(tries = 300)
    void aSliceOfTheOrganizationPlansLikeTheWholeOfIt(@ForAll long seed) {
        Random random = new Random(seed);
        Directory remote = Directory.random(random);
        InMemoryStore store = new InMemoryStore();
        OrganizationService service = OrganizationService.builder()
                .store(store)
                .discoverProviders(false)
                .provider(remote)
                .secretKey("a test key of enough length")
                .build();
        Org org = service.create(NewOrganization.synced("slice", "ACME", Map.of(), Map.of()));
        SyncScope scope = remote.randomScope(random);
        if (!scope.isAll()) {
            org.sync().changeScope(scope);
        }
        org.sync().withOptions(SyncOptions.DEFAULTS.withGuard(1, 1_000_000)).run();
        List<RemoteChange> changes = remote.randomChanges(random);
        SyncOptions options = random.nextBoolean()
                ? SyncOptions.DEFAULTS.withGuard(0.1, 2)
                : SyncOptions.DEFAULTS.withGuard(1, 1_000_000);
        OrgId id = org.id();

        LocalState whole = store.read(s -> LocalState.read(s, id));
        java.util.function.Function<java.util.Set<io.orgkit.core.members.MemberId>, LocalState> reader =
                leaving -> store.read(s -> LocalSlice.read(
                        s,
                        id,
                        changes,
                        RULES,
                        NOW,
                        () -> store.read(c -> c.countMembers(id, false)),
                        () -> store.read(c -> (long) c.departments(id).size()),
                        leaving));
        LocalState slice = reader.apply(java.util.Set.of());
        assertThat(slice.members.size()).isLessThanOrEqualTo(whole.members.size());

        ChangeRun.Planned expected = plan(whole, changes, scope, options);
        ChangeRun.Planned actual;
        try {
            actual = ChangeRun.planSlice(
                    reader, store.read(s -> s.organization(id).orElseThrow()), changes, scope, options, NOW, 0, RULES);
        } catch (ProviderException e) {
            assertThat(e.code()).isEqualTo("invalid-directory");
            actual = null;
        }
        if (expected == null || actual == null) {
            assertThat(actual)
                    .as("the slice refuses the picture exactly when the whole does")
                    .isNull();
            assertThat(expected).isNull();
            return;
        }
        assertThat(lines(actual)).as("change lines of %s in %s", changes, scope).isEqualTo(lines(expected));
        assertThat(actual.failures()).as("failures").isEqualTo(expected.failures());
        assertThat(actual.planned().view().id())
                .as("plan id")
                .isEqualTo(expected.planned().view().id());
        assertThat(actual.planned().view().guard())
                .isEqualTo(expected.planned().view().guard());
        assertThat(memberWrites(actual.planned().plan(), whole))
                .isEqualTo(memberWrites(expected.planned().plan(), whole));
        assertThat(departmentWrites(actual.planned().plan(), whole))
                .isEqualTo(departmentWrites(expected.planned().plan(), whole));
        assertThat(managers(actual.planned().plan(), whole))
                .isEqualTo(managers(expected.planned().plan(), whole));
        assertThat(actual.planned().plan().removals)
                .isEqualTo(expected.planned().plan().removals);
    }

    private static ChangeRun.Planned plan(
            LocalState local, List<RemoteChange> changes, SyncScope scope, SyncOptions options) {
        try {
            return ChangeRun.plan(local, changes, scope, "slice", options, NOW, 0, RULES);
        } catch (ProviderException e) {
            assertThat(e.code()).isEqualTo("invalid-directory");
            return null;
        }
    }

    private static List<String> lines(ChangeRun.Planned p) {
        return p.planned().view().changes().stream()
                .map(SyncChange::line)
                .sorted()
                .toList();
    }

    /** Member writes, by platform id, with department ids (random for new departments) shown as platform ids. */
    private static Map<String, Object> memberWrites(Plan plan, LocalState whole) {
        Map<DepartmentId, String> ext = new HashMap<>();
        whole.departments.values().forEach(d -> ext.put(d.id(), d.externalId()));
        plan.departments.forEach(w -> ext.put(w.after().id(), w.after().externalId()));
        Map<String, Object> out = new HashMap<>();
        List<Plan.MemberWrite> all = new ArrayList<>(plan.members);
        all.addAll(plan.deferred);
        for (Plan.MemberWrite w : all) {
            Member m = w.after();
            out.put(
                    String.valueOf(m.externalId()),
                    List.of(
                            w.before() == null ? "new" : m.id().value(),
                            String.valueOf(List.of(m.name(), m.status(), m.employeeId(), m.email())),
                            m.departmentIds().stream().map(ext::get).toList(),
                            String.valueOf(ext.get(m.mainDepartmentId())),
                            w.kinds(),
                            w.resign()));
        }
        return out;
    }

    /** Department writes, with ids (random for new departments) shown as platform ids. */
    private static Map<String, Object> departmentWrites(Plan plan, LocalState whole) {
        Map<String, String> ext = new HashMap<>();
        whole.departments.values().forEach(d -> ext.put(d.id().value(), d.externalId()));
        plan.departments.forEach(w -> ext.put(w.after().id().value(), w.after().externalId()));
        Map<String, Object> out = new HashMap<>();
        for (Plan.DeptWrite w : plan.departments) {
            Department d = w.after();
            List<String> path = java.util.Arrays.stream(d.path().split("/"))
                    .filter(x -> !x.isEmpty())
                    .map(x -> ext.getOrDefault(x, x))
                    .toList();
            out.put(
                    String.valueOf(d.externalId()),
                    List.of(
                            w.before() != null,
                            d.name(),
                            d.order(),
                            String.valueOf(
                                    d.parentId() == null
                                            ? null
                                            : ext.get(d.parentId().value())),
                            path,
                            d.managerIds(),
                            w.kinds()));
        }
        return out;
    }

    /** A small random platform directory (type {@code slice}) that also makes random batches of changes. */
    static final class Directory implements OrganizationProvider {
        final Map<String, RemoteDepartment> departments = new LinkedHashMap<>();
        final Map<String, RemoteMember> members = new LinkedHashMap<>();

        static Directory random(Random random) {
            Directory d = new Directory();
            d.departments.put("1", new RemoteDepartment("1", null, "ACME", 0, List.of()));
            int count = 3 + random.nextInt(10);
            for (int i = 2; i <= count; i++) {
                String parent = Integer.toString(1 + random.nextInt(i - 1));
                d.departments.put("" + i, new RemoteDepartment("" + i, parent, "Dept " + i, i, List.of()));
            }
            int people = 5 + random.nextInt(30);
            for (int i = 0; i < people; i++) {
                d.members.put("m" + i, d.member(random, "m" + i, i, true));
            }
            for (String dept : List.copyOf(d.departments.keySet())) {
                if (random.nextInt(3) == 0) {
                    RemoteDepartment r = d.departments.get(dept);
                    d.departments.put(
                            dept,
                            new RemoteDepartment(
                                    dept,
                                    r.parentExternalId(),
                                    r.name(),
                                    r.order(),
                                    List.of("m" + random.nextInt(people), "m" + random.nextInt(people + 3)).stream()
                                            .distinct()
                                            .toList()));
                }
            }
            return d;
        }

        RemoteMember member(Random random, String id, int key, boolean active) {
            List<String> ids = new ArrayList<>(departments.keySet());
            String a = ids.get(random.nextInt(ids.size()));
            String b = random.nextInt(4) == 0 ? "u" + random.nextInt(3) : ids.get(random.nextInt(ids.size()));
            List<String> depts = a.equals(b) ? List.of(a) : List.of(a, b);
            return new RemoteMember(
                    id,
                    "Member " + id,
                    "E" + key,
                    null,
                    "p" + key + "@acme.example",
                    null,
                    depts,
                    depts.get(random.nextInt(depts.size())),
                    active);
        }

        SyncScope randomScope(Random random) {
            List<String> below = new ArrayList<>(departments.keySet());
            below.remove("1");
            return switch (random.nextInt(4)) {
                case 0 -> SyncScope.include(below.get(random.nextInt(below.size())));
                case 1 -> SyncScope.ALL.exclude(below.get(random.nextInt(below.size())));
                default -> SyncScope.ALL;
            };
        }

        List<RemoteChange> randomChanges(Random random) {
            List<RemoteChange> out = new ArrayList<>();
            int n = 1 + random.nextInt(8);
            List<String> depts = new ArrayList<>(departments.keySet());
            for (int i = 0; i < n; i++) {
                String member = "m" + random.nextInt(members.size() + 4);
                String dept =
                        random.nextInt(6) == 0 ? "n" + random.nextInt(3) : depts.get(random.nextInt(depts.size()));
                switch (random.nextInt(6)) {
                    case 0, 1 ->
                        out.add(new RemoteChange.MemberUpserted(
                                member(random, member, random.nextInt(members.size() + 4), random.nextInt(5) != 0), 0));
                    case 2 -> out.add(new RemoteChange.MemberRemoved(member, 0));
                    case 3 -> {
                        String parent = random.nextInt(5) == 0
                                ? "n" + random.nextInt(3)
                                : depts.get(random.nextInt(depts.size()));
                        RemoteDepartment old = departments.get(dept);
                        boolean rename = old != null && random.nextBoolean();
                        out.add(new RemoteChange.DepartmentUpserted(
                                new RemoteDepartment(
                                        dept,
                                        "1".equals(dept) ? null : rename ? old.parentExternalId() : parent,
                                        "Renamed " + dept,
                                        random.nextInt(5),
                                        random.nextBoolean() ? List.of(member) : List.of()),
                                0));
                    }
                    case 4 -> out.add(new RemoteChange.DepartmentRemoved(dept, 0));
                    default -> {
                        // a member moved to another department, same values
                        RemoteMember m = members.get(member);
                        if (m != null) {
                            out.add(new RemoteChange.MemberUpserted(
                                    new RemoteMember(
                                            m.externalId(),
                                            m.name(),
                                            m.employeeId(),
                                            m.phone(),
                                            m.email(),
                                            m.position(),
                                            List.of(dept),
                                            dept,
                                            m.active()),
                                    0));
                        }
                    }
                }
            }
            out.sort(Comparator.comparingLong(RemoteChange::version));
            return out;
        }

        @Override
        public String type() {
            return "slice";
        }

        @Override
        public String displayName() {
            return "Slice platform";
        }

        @Override
        public List<CredentialField> credentialFields() {
            return List.of();
        }

        @Override
        public void verify(ProviderSettings settings) {}

        @Override
        public DirectorySource openDirectory(ProviderSettings settings) {
            return new DirectorySource() {
                @Override
                public void fetchAll(DirectoryVisitor visitor) {
                    departments.values().forEach(visitor::department);
                    members.values().stream()
                            .filter(m -> m.departmentExternalIds().stream().allMatch(departments::containsKey)
                                    && departments.containsKey(m.mainDepartmentExternalId()))
                            .forEach(visitor::member);
                }

                @Override
                public long apiCalls() {
                    return 0;
                }
            };
        }
    }

    /** Managers planned, by the department's platform id (new departments get random ids). */
    private static Map<String, Object> managers(Plan plan, LocalState local) {
        Map<DepartmentId, String> ext = new HashMap<>();
        local.departments.values().forEach(d -> ext.put(d.id(), d.externalId()));
        plan.departments.forEach(w -> ext.put(w.after().id(), w.after().externalId()));
        Map<String, Object> out = new HashMap<>();
        Map<io.orgkit.core.members.MemberId, String> people = new HashMap<>();
        local.members.forEach(m -> people.put(m.id(), m.externalId()));
        plan.members.forEach(w -> people.put(w.after().id(), w.after().externalId()));
        plan.deferred.forEach(w -> people.put(w.after().id(), w.after().externalId()));
        plan.managers.forEach((id, m) -> out.put(
                ext.get(id),
                m.stream().map(x -> people.getOrDefault(x, x.value())).toList()));
        return out;
    }
}
