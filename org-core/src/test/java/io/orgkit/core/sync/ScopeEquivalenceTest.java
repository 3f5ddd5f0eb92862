package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ValidationException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * For random trees and scopes, a source that reads everything (core filters) and a source that reads only the
 * scope give the same local organization, and both equal what the scope rules (written out again here, plainly)
 * say it should be.
 */
class ScopeEquivalenceTest {

    @Test
    void bothSourcesGiveWhatTheRulesSayForRandomTreesAndScopes() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            SyncFixture filtering = new SyncFixture();
            SyncFixture selective = new SyncFixture();
            selective.remote.honourScope = true;
            generate(random, filtering.remote);
            generate(new Random(seed), selective.remote);
            SyncScope scope = scope(random, filtering.remote);

            filtering.sync().changeScope(scope);
            selective.sync().changeScope(scope);

            Map<String, String> expectedDepts = expectedDepartments(filtering.remote, scope);
            Map<String, Set<String>> expectedMembers = expectedMembers(
                    filtering.remote, expectedDepts, scope.included().isEmpty());
            String at = "seed " + seed + ", " + scope;
            assertThat(departments(filtering)).as(at).isEqualTo(expectedDepts);
            assertThat(departments(selective)).as(at).isEqualTo(expectedDepts);
            assertThat(members(filtering)).as(at).isEqualTo(expectedMembers);
            assertThat(members(selective)).as(at).isEqualTo(expectedMembers);
        }
    }

    @Test
    void aSourceThatCannotReadOneDepartmentIsCheckedWithOneWholeFetch() {
        SyncFixture f = new SyncFixture();
        f.remote.noSingleReads = true;
        f.remote.dept("10", "1", "A").dept("11", "10", "B").dept("20", "1", "C");
        int before = f.remote.fetches.get();

        assertThatThrownBy(() ->
                        f.sync().changeScope(SyncScope.include("10", "404").exclude("20")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'404'");
        assertThatThrownBy(() -> f.sync().changeScope(SyncScope.include("10").exclude("20")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not inside any included department");
        assertThat(f.remote.fetches.get() - before)
                .as("one source opened per check")
                .isEqualTo(2);

        f.sync().changeScope(SyncScope.include("10").exclude("11"));

        assertThat(f.sync().scope()).isEqualTo(SyncScope.include("10").exclude("11"));
    }

    private static void generate(Random random, TestDirectory remote) {
        int departments = 8 + random.nextInt(20);
        List<String> ids = new ArrayList<>(List.of(TestDirectory.ROOT));
        for (int i = 0; i < departments; i++) {
            String id = "d" + i;
            remote.dept(id, ids.get(random.nextInt(ids.size())), "Dept " + i);
            ids.add(id);
        }
        for (int i = 0; i < 40; i++) {
            String first = ids.get(random.nextInt(ids.size()));
            String second = ids.get(random.nextInt(ids.size()));
            if (random.nextInt(4) == 0 && !second.equals(first)) {
                remote.member("m" + i, "Member " + i, first, second);
            } else {
                remote.member("m" + i, "Member " + i, first);
            }
        }
    }

    /** One to three included departments (or none), and exclusions inside them (an include inside one, sometimes). */
    private static SyncScope scope(Random random, TestDirectory remote) {
        List<String> nonRoot = remote.departments.keySet().stream()
                .filter(id -> !id.equals(TestDirectory.ROOT))
                .toList();
        TreeSet<String> included = new TreeSet<>();
        if (random.nextInt(5) > 0) {
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                included.add(nonRoot.get(random.nextInt(nonRoot.size())));
            }
        }
        TreeSet<String> excluded = new TreeSet<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            String candidate = nonRoot.get(random.nextInt(nonRoot.size()));
            if (!included.contains(candidate) && (included.isEmpty() || insideAny(remote, candidate, included))) {
                excluded.add(candidate);
            }
        }
        if (random.nextBoolean() && !excluded.isEmpty() && !included.isEmpty()) {
            String under = excluded.first();
            remote.departments.values().stream()
                    .filter(d -> under.equals(d.parentExternalId()) && !excluded.contains(d.externalId()))
                    .findFirst()
                    .ifPresent(d -> included.add(d.externalId()));
        }
        return new SyncScope(included, excluded);
    }

    private static boolean insideAny(TestDirectory remote, String id, Set<String> included) {
        String p = remote.departments.get(id).parentExternalId();
        while (p != null) {
            if (included.contains(p)) {
                return true;
            }
            p = remote.departments.get(p).parentExternalId();
        }
        return false;
    }

    /** Department → its local parent's platform id (the root's id when it hangs under the root), by the rules. */
    private static Map<String, String> expectedDepartments(TestDirectory remote, SyncScope scope) {
        Map<String, String> out = new TreeMap<>();
        for (RemoteDepartment d : remote.departments.values()) {
            if (d.parentExternalId() == null || !in(remote, d.externalId(), scope)) {
                continue;
            }
            String parent = d.parentExternalId();
            out.put(d.externalId(), in(remote, parent, scope) ? parent : TestDirectory.ROOT);
        }
        return out;
    }

    private static boolean in(TestDirectory remote, String id, SyncScope scope) {
        for (String d = id; d != null; d = remote.departments.get(d).parentExternalId()) {
            if (scope.included().contains(d)) {
                return true;
            }
            if (scope.excluded().contains(d)) {
                return false;
            }
        }
        return scope.included().isEmpty();
    }

    private static Map<String, Set<String>> expectedMembers(
            TestDirectory remote, Map<String, String> departments, boolean rootIn) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (RemoteMember m : remote.members.values()) {
            Set<String> kept = m.departmentExternalIds().stream()
                    .filter(d -> departments.containsKey(d) || d.equals(TestDirectory.ROOT) && rootIn)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!kept.isEmpty()) {
                out.put(m.externalId(), kept);
            }
        }
        return out;
    }

    private static Map<String, String> departments(SyncFixture f) {
        Map<DepartmentId, String> ext = new HashMap<>();
        List<Department> all = f.org.departments().subtree(f.org.root().id());
        all.forEach(d -> ext.put(d.id(), d.externalId()));
        Map<String, String> out = new TreeMap<>();
        all.stream().filter(d -> !d.isRoot()).forEach(d -> out.put(d.externalId(), ext.get(d.parentId())));
        return out;
    }

    private static Map<String, Set<String>> members(SyncFixture f) {
        Map<DepartmentId, String> ext = new HashMap<>();
        f.org.departments().subtree(f.org.root().id()).forEach(d -> ext.put(d.id(), d.externalId()));
        Map<String, Set<String>> out = new TreeMap<>();
        for (Member m : f.org.members().list()) {
            out.put(
                    m.externalId(),
                    m.departmentIds().stream().map(ext::get).collect(Collectors.toCollection(TreeSet::new)));
        }
        return out;
    }
}
