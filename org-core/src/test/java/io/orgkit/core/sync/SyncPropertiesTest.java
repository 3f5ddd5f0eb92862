package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyncPropertiesTest {

    /** Random edits of a random directory: after every sync the organization mirrors it and a new plan is empty. */
    @Property(tries = 40)
    void afterEverySyncTheOrganizationMirrorsThePlatformAndASecondPlanIsEmpty(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int rounds) {
        Random random = new Random(seed);
        SyncFixture f = new SyncFixture();
        Sync sync = f.sync().withOptions(SyncOptions.DEFAULTS.withGuard(1, 1_000_000));
        int next = 0;
        for (int round = 0; round < rounds; round++) {
            next = edit(f.remote, random, next);
            sync.run();
            assertThat(sync.dryRun().changes()).as("plan after a sync").isEmpty();
            assertMirrors(f);
        }
    }

    private static int edit(TestDirectory remote, Random random, int next) {
        int n = next;
        for (int i = 0; i < 6; i++) {
            List<String> depts = new ArrayList<>(remote.departments.keySet());
            String parent = depts.get(random.nextInt(depts.size()));
            remote.dept("d" + n, parent, "Dept " + n);
            n++;
        }
        List<String> depts = new ArrayList<>(remote.departments.keySet());
        for (int i = 0; i < 10; i++) {
            String a = depts.get(random.nextInt(depts.size()));
            String b = depts.get(random.nextInt(depts.size()));
            remote.put(new RemoteMember(
                    "m" + random.nextInt(30),
                    "Member " + random.nextInt(5),
                    null,
                    null,
                    null,
                    null,
                    a.equals(b) ? List.of(a) : List.of(a, b),
                    b,
                    random.nextInt(8) != 0));
        }
        for (int i = 0; i < 2; i++) {
            remote.members.remove("m" + random.nextInt(30));
            moveOrDropLeaf(remote, random);
        }
        return n;
    }

    /** Moves a random department under a department outside its subtree, or drops a leaf without members. */
    private static void moveOrDropLeaf(TestDirectory remote, Random random) {
        List<String> ids = remote.departments.keySet().stream()
                .filter(id -> !id.equals(TestDirectory.ROOT))
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        String id = ids.get(random.nextInt(ids.size()));
        Set<String> subtree = subtree(remote, id);
        List<String> targets = remote.departments.keySet().stream()
                .filter(t -> !subtree.contains(t))
                .toList();
        RemoteDepartment d = remote.departments.get(id);
        boolean used = remote.departments.values().stream().anyMatch(x -> id.equals(x.parentExternalId()))
                || remote.members.values().stream()
                        .anyMatch(m -> m.departmentExternalIds().contains(id));
        if (!used && random.nextBoolean()) {
            remote.departments.remove(id);
        } else {
            remote.departments.put(
                    id,
                    new RemoteDepartment(
                            id,
                            targets.get(random.nextInt(targets.size())),
                            d.name(),
                            d.order(),
                            d.managerExternalIds()));
        }
    }

    private static Set<String> subtree(TestDirectory remote, String id) {
        Set<String> out = new HashSet<>(Set.of(id));
        boolean grew = true;
        while (grew) {
            grew = remote.departments.values().stream()
                    .filter(d -> out.contains(d.parentExternalId()))
                    .map(RemoteDepartment::externalId)
                    .toList()
                    .stream()
                    .map(out::add)
                    .reduce(false, Boolean::logicalOr);
        }
        return out;
    }

    private static void assertMirrors(SyncFixture f) {
        List<Department> local = f.org.departments().subtree(f.org.root().id());
        assertThat(local)
                .extracting(Department::externalId)
                .containsExactlyInAnyOrderElementsOf(f.remote.departments.keySet());
        for (Department d : local) {
            RemoteDepartment r = f.remote.departments.get(d.externalId());
            Department parent =
                    d.parentId() == null ? null : f.org.departments().get(d.parentId());
            assertThat(parent == null ? null : parent.externalId())
                    .as("parent of " + d.externalId())
                    .isEqualTo(r.parentExternalId());
            assertThat(d.path()).isEqualTo((parent == null ? "" : parent.path()) + d.id().value() + "/");
        }
        Set<String> active = new HashSet<>();
        f.remote.members.values().stream().filter(RemoteMember::active).forEach(m -> active.add(m.externalId()));
        assertThat(f.org.members().list()).extracting(Member::externalId).containsExactlyInAnyOrderElementsOf(active);
    }
}
